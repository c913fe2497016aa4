package dev.tact.intents.emotion;

import dev.tact.intents.sentiment.LexiconSentimentScorer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmotionFeaturesTest {

    @Test
    void ofAppendsLexiconScoresCapitalsAndMarksToTheEmbeddings() {
        float[] x = new EmotionFeatures(new LexiconSentimentScorer()).of("this is AWFUL!!!!! why??",
                List.of(new float[]{1}, new float[]{2}));
        assertThat(x).hasSize(2 + EmotionFeatures.EXTRA);
        assertThat(x[0]).isEqualTo(1);
        assertThat(x[1]).isEqualTo(2);
        assertThat(x[2]).isNegative(); // compound
        assertThat(x[4]).isPositive(); // negative share
        assertThat(x[5]).isEqualTo(0.25f); // one word in four in capitals
        assertThat(x[6]).isEqualTo(1); // "!" capped at three
        assertThat(x[7]).isEqualTo(2 / 3f);
    }

    @Test
    void capitalsShareIgnoresSingleLettersAndMixedCase() {
        assertThat(EmotionFeatures.capitalsShare("WHY IS MY CARD BLOCKED")).isEqualTo(1);
        assertThat(EmotionFeatures.capitalsShare("I want a PIN, Sir")).isEqualTo(1 / 3f);
        assertThat(EmotionFeatures.capitalsShare("")).isZero();
    }
}
