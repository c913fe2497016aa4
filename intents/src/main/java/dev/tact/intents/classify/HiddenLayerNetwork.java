package dev.tact.intents.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A classifier with one hidden layer of ReLU units and a softmax output, over dense vectors, trained in Java with
 * mini-batch Adam on soft targets (a sample may spread its probability over several classes) and per-sample
 * weights, stopped early on a validation set. Inputs are standardised with the training set's mean and deviation,
 * kept with the weights. Training runs on one thread in a fixed order: the same data and seed give the same
 * weights. Thread-safe once trained.
 */
public final class HiddenLayerNetwork {

    private final float[] mean;
    private final float[] scale;
    /** Input to hidden, {@code [input][hidden]}, so both passes run along contiguous rows. */
    private final float[][] w1;
    private final float[] b1;
    /** Hidden to output, {@code [hidden][classes]}. */
    private final float[][] w2;
    private final float[] b2;

    private HiddenLayerNetwork(float[] mean, float[] scale, float[][] w1, float[] b1, float[][] w2, float[] b2) {
        this.mean = mean;
        this.scale = scale;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    public int classes() {
        return b2.length;
    }

    public int inputs() {
        return mean.length;
    }

    /** Class probabilities of one input vector. */
    public double[] probabilities(float[] input) {
        if (input.length != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " inputs, got " + input.length);
        }
        float[] x = new float[input.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = (input[j] - mean[j]) * scale[j];
        }
        float[] h = new float[b1.length];
        double[] p = new double[b2.length];
        forward(x, h, p);
        return p;
    }

    /** Fills the hidden activations {@code h} and the output probabilities {@code p} of a standardised input. */
    void forward(float[] x, float[] h, double[] p) {
        System.arraycopy(b1, 0, h, 0, h.length);
        for (int j = 0; j < x.length; j++) {
            float xj = x[j];
            float[] row = w1[j];
            for (int k = 0; k < h.length; k++) {
                h[k] += xj * row[k];
            }
        }
        float[] z = b2.clone();
        for (int k = 0; k < h.length; k++) {
            if (h[k] <= 0) {
                h[k] = 0;
                continue;
            }
            float hk = h[k];
            float[] row = w2[k];
            for (int c = 0; c < z.length; c++) {
                z[c] += hk * row[c];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= sum;
        }
    }

    /**
     * Trains on {@code inputs} with target distributions {@code targets} (each row sums to 1) and sample
     * {@code weights}; after each pass the mean log-loss on {@code validationInputs} and {@code validationTargets}
     * decides whether to go on, and the weights of the best pass are kept.
     */
    public static HiddenLayerNetwork train(List<float[]> inputs, List<float[]> targets, float[] weights,
                                           List<float[]> validationInputs, List<float[]> validationTargets,
                                           NetworkSettings settings, TrainingListener listener) {
        Objects.requireNonNull(settings, "settings must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        if (inputs.isEmpty() || inputs.size() != targets.size() || inputs.size() != weights.length
                || validationInputs.size() != validationTargets.size() || validationInputs.isEmpty()) {
            throw new IllegalArgumentException("inputs, targets and weights must be non-empty and of equal length");
        }
        int n = inputs.size();
        int d = inputs.get(0).length;
        float[] mean = new float[d];
        float[] scale = new float[d];
        for (float[] v : inputs) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[j] / n;
            }
        }
        for (float[] v : inputs) {
            for (int j = 0; j < d; j++) {
                float delta = v[j] - mean[j];
                scale[j] += delta * delta / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = (float) (1 / Math.sqrt(scale[j] + 1e-8));
        }
        int hidden = settings.hidden();
        int classes = targets.get(0).length;
        Random random = new Random(settings.seed());
        float[][] w1 = new float[d][hidden];
        float[][] w2 = new float[hidden][classes];
        double he = Math.sqrt(2.0 / d);
        for (float[] row : w1) {
            for (int k = 0; k < hidden; k++) {
                row[k] = (float) (random.nextGaussian() * he);
            }
        }
        double glorot = Math.sqrt(1.0 / hidden);
        for (float[] row : w2) {
            for (int c = 0; c < classes; c++) {
                row[c] = (float) (random.nextGaussian() * glorot);
            }
        }
        var network = new HiddenLayerNetwork(mean, scale, w1, new float[hidden], w2, new float[classes]);
        new NetworkAdam(network, settings, random).run(network.standardised(inputs), targets, weights,
                network.standardised(validationInputs), validationTargets, listener);
        return network;
    }

    float[][] standardised(List<float[]> inputs) {
        float[][] x = new float[inputs.size()][];
        for (int i = 0; i < x.length; i++) {
            float[] v = inputs.get(i);
            float[] s = new float[v.length];
            for (int j = 0; j < s.length; j++) {
                s[j] = (v[j] - mean[j]) * scale[j];
            }
            x[i] = s;
        }
        return x;
    }

    /** The weights as one list of arrays, in a fixed order, for the optimiser and for copies. */
    float[][][] parameters() {
        return new float[][][]{w1, {b1}, w2, {b2}};
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(mean.length);
        out.writeInt(b1.length);
        out.writeInt(b2.length);
        writeFloats(out, mean);
        writeFloats(out, scale);
        for (float[] row : w1) {
            writeFloats(out, row);
        }
        writeFloats(out, b1);
        for (float[] row : w2) {
            writeFloats(out, row);
        }
        writeFloats(out, b2);
    }

    public static HiddenLayerNetwork read(DataInputStream in) throws IOException {
        int d = in.readInt();
        int hidden = in.readInt();
        int classes = in.readInt();
        if (d < 1 || hidden < 1 || classes < 1 || (long) d * hidden > 10_000_000) {
            throw new IOException("not a network: " + d + " x " + hidden + " x " + classes);
        }
        float[] mean = readFloats(in, d);
        float[] scale = readFloats(in, d);
        float[][] w1 = new float[d][];
        for (int j = 0; j < d; j++) {
            w1[j] = readFloats(in, hidden);
        }
        float[] b1 = readFloats(in, hidden);
        float[][] w2 = new float[hidden][];
        for (int k = 0; k < hidden; k++) {
            w2[k] = readFloats(in, classes);
        }
        return new HiddenLayerNetwork(mean, scale, w1, b1, w2, readFloats(in, classes));
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    private static float[] readFloats(DataInputStream in, int length) throws IOException {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
