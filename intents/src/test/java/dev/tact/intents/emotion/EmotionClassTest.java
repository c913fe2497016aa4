package dev.tact.intents.emotion;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmotionClassTest {

    private static final List<String> GO_EMOTIONS = List.of("admiration", "amusement", "anger", "annoyance",
            "approval", "caring", "confusion", "curiosity", "desire", "disappointment", "disapproval", "disgust",
            "embarrassment", "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism",
            "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral");

    @Test
    void ofLabelPutsEveryGoEmotionsLabelInExactlyOneClass() {
        assertThat(GO_EMOTIONS).allSatisfy(label -> assertThat(EmotionClass.ofLabel(label)).isPresent());
        assertThat(Arrays.stream(EmotionClass.values()).mapToInt(c -> c.labels().size()).sum())
                .isEqualTo(GO_EMOTIONS.size());
        assertThat(EmotionClass.ofLabel("annoyance")).contains(EmotionClass.ANGER_FRUSTRATION);
        assertThat(EmotionClass.ofLabel("curiosity")).contains(EmotionClass.NEUTRAL);
        assertThat(EmotionClass.ofLabel("boredom")).isEmpty();
    }

    @Test
    void negativeClassesHoldExactlyTheNegativeLabelsOfTheSentimentGrouping() {
        List<String> negative = Arrays.stream(EmotionClass.values()).filter(EmotionClass::negative)
                .flatMap(c -> c.labels().stream()).toList();
        assertThat(negative).containsExactlyInAnyOrder("fear", "nervousness", "remorse", "embarrassment",
                "disappointment", "sadness", "grief", "disgust", "anger", "annoyance", "disapproval");
        assertThat(EmotionClass.FEAR_ANXIETY.key()).isEqualTo("fear_anxiety");
    }
}
