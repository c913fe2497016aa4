package dev.tact.intents.classify;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClassifierPartsTest {

    @Test
    void tokensFoldNumbersAndMarkNegationUntilTheClauseEnds() {
        assertThat(TextFeatures.tokens("My card is NOT working, since 12 May!"))
                .containsExactly("my", "card", "is", "not", "working", "NOT_working", "since", "0", "may");
        assertThat(TextFeatures.tokens("I can\u2019t log in but the app works"))
                .containsExactly("i", "can't", "log", "NOT_log", "in", "NOT_in", "but", "the", "app", "works");
    }

    @Test
    void charNGramsCoverEachWordWithBoundaries() {
        var features = new CharNGramFeatureGenerator().extractFeatures(new String[] {"card", "NOT_card", "a"},
                java.util.Map.of());
        // "<card>": 4 windows of 3, 3 of 4, 2 of 5; "NOT_card" and the one-letter "a" give none
        assertThat(features).contains("c=<ca", "c=ard", "c=rd>", "c=<card", "c=card>")
                .doesNotContain("c=<card>")
                .hasSize(9);
    }

    @Test
    void regressionLearnsSeparableClassesAndSurvivesAWriteAndRead() throws Exception {
        Random random = new Random(3);
        List<float[]> inputs = new ArrayList<>();
        int[] labels = new int[300];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
            float[] v = new float[8];
            for (int j = 0; j < v.length; j++) {
                v[j] = (float) random.nextGaussian() * 0.3f;
            }
            v[labels[i]] += 2;
            inputs.add(v);
        }
        SoftmaxRegression model = SoftmaxRegression.train(inputs, labels, 3, new RegressionSettings(60, 0.01, 1e-5, 16, 1),
                TrainingListener.NONE);
        float[] probe = {0, 0, 2, 0, 0, 0, 0, 0};
        double[] p = model.probabilities(probe);
        assertThat(p[2]).isGreaterThan(0.9);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-9));

        var bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        SoftmaxRegression read = SoftmaxRegression.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read.probabilities(probe)).containsExactly(p);
    }

    @Test
    void neighboursVoteByCosineSimilarity() throws Exception {
        List<float[]> inputs = List.of(new float[] {1, 0}, new float[] {0.9f, 0.1f}, new float[] {0, 1},
                new float[] {0.1f, 0.9f}, new float[] {0.05f, 1});
        NearestNeighbours neighbours = NearestNeighbours.of(inputs, new int[] {0, 0, 1, 1, 1}, 2);
        // length does not matter, direction does
        assertThat(neighbours.probabilities(new float[] {10, 0.5f})[0]).isGreaterThan(0.95);
        assertThat(neighbours.probabilities(new float[] {0.01f, 0.3f})[1]).isGreaterThan(0.95);

        var bytes = new ByteArrayOutputStream();
        neighbours.write(new DataOutputStream(bytes));
        NearestNeighbours read = NearestNeighbours.read(new DataInputStream(new ByteArrayInputStream(
                bytes.toByteArray())));
        assertThat(read.probabilities(new float[] {0.7f, 0.7f}))
                .containsExactly(neighbours.probabilities(new float[] {0.7f, 0.7f}));
    }
}
