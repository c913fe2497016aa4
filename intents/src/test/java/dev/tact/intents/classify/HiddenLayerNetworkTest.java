package dev.tact.intents.classify;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HiddenLayerNetworkTest {

    private static final NetworkSettings SETTINGS = new NetworkSettings(16, 200, 20, 0.01, 8, 3);

    /** XOR: no linear model separates it. */
    private static final List<float[]> XOR = List.of(new float[]{0, 0}, new float[]{0, 1}, new float[]{1, 0},
            new float[]{1, 1});
    private static final List<float[]> XOR_TARGETS = List.of(new float[]{1, 0}, new float[]{0, 1},
            new float[]{0, 1}, new float[]{1, 0});

    @Test
    void trainLearnsWhatNoLinearModelCan() {
        HiddenLayerNetwork network = train(SETTINGS);
        for (int i = 0; i < XOR.size(); i++) {
            double[] p = network.probabilities(XOR.get(i));
            assertThat(p[0] + p[1]).isCloseTo(1, within(1e-9));
            assertThat(p[XOR_TARGETS.get(i)[0] == 1 ? 0 : 1]).as("row " + i).isGreaterThan(0.8);
        }
    }

    @Test
    void trainWithTheSameSeedGivesTheSameNetwork() {
        assertThat(train(SETTINGS).probabilities(XOR.get(1)))
                .containsExactly(train(SETTINGS).probabilities(XOR.get(1)));
    }

    @Test
    void trainFollowsSoftTargetsAndWeights() {
        List<float[]> inputs = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            inputs.add(new float[]{(float) random.nextGaussian()});
            targets.add(new float[]{0.25f, 0.75f});
        }
        float[] weights = new float[inputs.size()];
        java.util.Arrays.fill(weights, 1);
        HiddenLayerNetwork network = HiddenLayerNetwork.train(inputs, targets, weights, inputs, targets,
                new NetworkSettings(4, 50, 5, 0.01, 16, 1), TrainingListener.NONE);
        assertThat(network.probabilities(new float[]{0})[1]).isCloseTo(0.75, within(0.05));
    }

    @Test
    void writeThenReadGivesTheSameProbabilities() throws IOException {
        HiddenLayerNetwork network = train(SETTINGS);
        var bytes = new ByteArrayOutputStream();
        network.write(new DataOutputStream(bytes));
        HiddenLayerNetwork read = HiddenLayerNetwork.read(new DataInputStream(new ByteArrayInputStream(
                bytes.toByteArray())));
        assertThat(read.inputs()).isEqualTo(2);
        assertThat(read.classes()).isEqualTo(2);
        assertThat(read.probabilities(XOR.get(2))).containsExactly(network.probabilities(XOR.get(2)));
    }

    private static HiddenLayerNetwork train(NetworkSettings settings) {
        List<float[]> inputs = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        for (int copy = 0; copy < 16; copy++) {
            inputs.addAll(XOR);
            targets.addAll(XOR_TARGETS);
        }
        float[] weights = new float[inputs.size()];
        java.util.Arrays.fill(weights, 1);
        return HiddenLayerNetwork.train(inputs, targets, weights, XOR, XOR_TARGETS, settings, TrainingListener.NONE);
    }
}
