package dev.tact.intents.ambiguity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShapeFeaturesTest {

    private static final float[] EMBEDDING = {0.5f, -0.5f};

    @Test
    void ofKeepsTheEmbeddingAndAddsTheCues() {
        float[] x = ShapeFeatures.of("how do I change my pin? and also why was I charged?", EMBEDDING);
        assertThat(x).hasSize(EMBEDDING.length + ShapeFeatures.EXTRA);
        assertThat(x[0]).isEqualTo(0.5f);
        assertThat(x[1]).isEqualTo(-0.5f);
        assertThat(x[2]).as("two question marks").isEqualTo(0.5f);
        assertThat(x[3]).as("two clauses").isEqualTo(0.5f);
        assertThat(x[4]).as("both requests").isEqualTo(0.5f);
        assertThat(x[6]).as("no hedge marker").isZero();
        assertThat(x[8]).as("'and', 'also'").isEqualTo(0.5f);
    }

    @Test
    void ofMarksHedgesConditionalWordsAndListNumbers() {
        float[] hedged = ShapeFeatures.of("only if it would still arrive today", EMBEDDING);
        assertThat(hedged[6]).isEqualTo(1f);
        assertThat(hedged[7]).as("'if', 'would', 'only'").isEqualTo(0.75f);
        float[] listed = ShapeFeatures.of("1) my iban 2) the fee", EMBEDDING);
        assertThat(listed[9]).isEqualTo(0.5f);
    }

    @Test
    void ofCapsCountsAndLength() {
        float[] x = ShapeFeatures.of("? ? ? ? ? ? " + "word ".repeat(200), EMBEDDING);
        for (int i = EMBEDDING.length; i < x.length; i++) {
            assertThat(x[i]).isBetween(0f, 1f);
        }
        assertThat(x[5]).as("length").isEqualTo(1f);
        assertThat(ShapeFeatures.of("", EMBEDDING)[5]).isZero();
    }
}
