package dev.tact.intents.ambiguity;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.LabeledText;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pins the frozen split: its sizes per shape, and that no text is in both. */
class ShapeDataTest {

    private static final ShapeData DATA = ShapeData.bundled();

    @Test
    void bundledHoldsTheFrozenSplit() {
        assertThat(counts(DATA.train())).isEqualTo(Map.of("plain", 279L, "hedged", 228L, "multiple", 212L,
                "vague", 225L));
        assertThat(counts(DATA.test())).isEqualTo(Map.of("plain", 70L, "hedged", 57L, "multiple", 53L,
                "vague", 56L));
        assertThat(DATA.fingerprint()).hasSize(64);
    }

    @Test
    void bundledHasNoTextTwiceNorInBothSplitsWhateverItsCase() {
        Set<String> train = new HashSet<>();
        for (LabeledText row : DATA.train()) {
            assertThat(train.add(row.text())).as(row.text()).isTrue();
        }
        Set<String> trainLowerCase = train.stream().map(text -> text.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> test = new HashSet<>();
        for (LabeledText row : DATA.test()) {
            assertThat(test.add(row.text())).as(row.text()).isTrue();
            assertThat(trainLowerCase).as("the encoder ignores case").doesNotContain(row.text().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void parseNamesTheLineOfABadRow() {
        assertThatThrownBy(() -> ShapeData.parse("x.tsv", "text\tshape\nhelp\tvague\nhi\tgreeting\n"))
                .isInstanceOf(IntentsException.class).hasMessageContaining("x.tsv:3");
        assertThatThrownBy(() -> ShapeData.parse("x.tsv", "text\tshape\njust text\n"))
                .isInstanceOf(IntentsException.class).hasMessageContaining("x.tsv:2");
    }

    private static Map<String, Long> counts(List<LabeledText> rows) {
        return rows.stream().collect(Collectors.groupingBy(LabeledText::label, Collectors.counting()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
