package dev.tact.intents.emotion;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextSplitTest {

    private static final List<EmotionSample> BUNDLED = GoEmotions.bundled().trainWithCustomerCare();

    @Test
    void ofPutsNoTextOfTheBundledTrainingRowsInBothParts() {
        TextSplit split = TextSplit.of(BUNDLED, 0.2, EmotionSettings.defaults().seed());
        Set<String> heldOut = texts(split.heldOut());
        assertThat(texts(split.rest())).doesNotContainAnyElementsOf(heldOut);
        assertThat(heldOut).hasSize(split.heldOut().size()); // each held-out text once
    }

    @Test
    void ofKeepsEveryCopyOfARestTextAndOneOfAHeldOutText() {
        TextSplit split = TextSplit.of(BUNDLED, 0.2, 1);
        long distinct = BUNDLED.stream().map(EmotionSample::text).distinct().count();
        assertThat(split.heldOut()).hasSize((int) Math.round(distinct * 0.2));
        Set<String> heldOut = texts(split.heldOut());
        long heldOutCopies = BUNDLED.stream().filter(s -> heldOut.contains(s.text())).count();
        assertThat(split.rest().size() + heldOutCopies).isEqualTo(BUNDLED.size());
    }

    @Test
    void ofRepeatedCustomerCareRowsFallOnOneSide() {
        List<EmotionSample> care = GoEmotions.bundled().customerCare();
        List<EmotionSample> fourTimes = IntStream.range(0, 4).boxed().flatMap(i -> care.stream()).toList();
        TextSplit split = TextSplit.of(fourTimes, 0.2, 42);
        assertThat(split.rest().size() % 4).isZero();
        assertThat(TextSplit.rows(fourTimes, split.rest()).stream().map(EmotionSample::text))
                .doesNotContainAnyElementsOf(TextSplit.rows(fourTimes, split.heldOut()).stream()
                        .map(EmotionSample::text).toList());
    }

    @Test
    void ofRejectsAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> TextSplit.of(BUNDLED, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> texts(List<Integer> indexes) {
        Set<String> texts = new HashSet<>();
        indexes.forEach(i -> texts.add(BUNDLED.get(i).text()));
        return texts;
    }
}
