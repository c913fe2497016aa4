package dev.tact.intents.conversation;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RepairFeaturesTest {

    @Test
    void ofPutsTheEmbeddingFirstThenHowTheTextsRelate() {
        float[] question = {1, 0};
        float[] answer = {0, 1};
        float[] current = {1, 0};
        float[] x = RepairFeatures.of("where is my card", "Track it in the app.", "where is my card?", question,
                answer, current);
        assertThat(x).hasSize(2 + RepairFeatures.EXTRA);
        assertThat(x[0]).isEqualTo(1);
        assertThat(x[2]).isEqualTo(1, within(1e-6f)); // cosine to the question
        assertThat(x[3]).isZero(); // cosine to the answer
        assertThat(x[5]).isEqualTo(1); // every word of this turn was in the question
        assertThat(x[9]).isEqualTo(1); // a question mark
    }

    @Test
    void wordsKeepsDistinctLowerCaseWordsOfThreeLettersOrMore() {
        assertThat(RepairFeatures.words("I DID it, did it twice!")).isEqualTo(Set.of("did", "twice"));
    }

    @Test
    void shareOfNoWordsIsZero() {
        assertThat(RepairFeatures.share(Set.of(), Set.of("card"))).isZero();
        assertThat(RepairFeatures.share(Set.of("card", "lost"), Set.of("card"))).isEqualTo(0.5f);
    }

    @Test
    void cosineOfAZeroVectorIsZero() {
        assertThat(RepairFeatures.cosine(new float[]{0, 0}, new float[]{1, 0})).isZero();
    }
}
