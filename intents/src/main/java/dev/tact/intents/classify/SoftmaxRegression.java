package dev.tact.intents.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over dense vectors (sentence embeddings), trained in Java with mini-batch
 * Adam. Inputs are standardised with the training set's mean and deviation, kept with the weights.
 */
public final class SoftmaxRegression {

    private final float[] mean;
    private final float[] scale;
    private final float[][] weights;
    private final float[] bias;

    private SoftmaxRegression(float[] mean, float[] scale, float[][] weights, float[] bias) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    public int classes() {
        return bias.length;
    }

    /** Class probabilities of one input vector. */
    public double[] probabilities(float[] input) {
        float[] x = standardise(input);
        double[] p = new double[bias.length];
        logits(x, p);
        softmax(p);
        return p;
    }

    private float[] standardise(float[] input) {
        float[] x = new float[input.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = (input[j] - mean[j]) * scale[j];
        }
        return x;
    }

    private void logits(float[] x, double[] out) {
        for (int c = 0; c < out.length; c++) {
            float[] w = weights[c];
            double z = bias[c];
            for (int j = 0; j < x.length; j++) {
                z += w[j] * x[j];
            }
            out[c] = z;
        }
    }

    private static void softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
    }

    /**
     * Trains on vectors {@code inputs} with class indexes {@code labels} (0..classes-1).
     */
    public static SoftmaxRegression train(List<float[]> inputs, int[] labels, int classes, RegressionSettings settings,
                                          TrainingListener listener) {
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
        var model = new SoftmaxRegression(mean, scale, new float[classes][d], new float[classes]);
        float[][] x = new float[n][];
        for (int i = 0; i < n; i++) {
            x[i] = model.standardise(inputs.get(i));
        }
        new Adam(model, settings).run(x, labels, listener);
        return model;
    }

    /** Adam over mini-batches; its state lives only while training. */
    private static final class Adam {
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;

        private final SoftmaxRegression model;
        private final RegressionSettings settings;
        private final float[][] m;
        private final float[][] v;
        private final float[] mb;
        private final float[] vb;
        private long step;

        Adam(SoftmaxRegression model, RegressionSettings settings) {
            this.model = model;
            this.settings = settings;
            int classes = model.bias.length;
            int d = model.mean.length;
            m = new float[classes][d];
            v = new float[classes][d];
            mb = new float[classes];
            vb = new float[classes];
        }

        void run(float[][] x, int[] labels, TrainingListener listener) {
            int n = x.length;
            int classes = model.bias.length;
            int d = model.mean.length;
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Random random = new Random(settings.seed());
            float[][] gradW = new float[classes][d];
            float[] gradB = new float[classes];
            double[] p = new double[classes];
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                shuffle(order, random);
                for (int start = 0; start < n; start += settings.batchSize()) {
                    int end = Math.min(n, start + settings.batchSize());
                    for (float[] row : gradW) {
                        java.util.Arrays.fill(row, 0);
                    }
                    java.util.Arrays.fill(gradB, 0);
                    for (int k = start; k < end; k++) {
                        int i = order[k];
                        model.logits(x[i], p);
                        softmax(p);
                        p[labels[i]] -= 1;
                        float[] xi = x[i];
                        for (int c = 0; c < classes; c++) {
                            float g = (float) p[c];
                            if (g > -1e-6f && g < 1e-6f) {
                                continue;
                            }
                            float[] row = gradW[c];
                            for (int j = 0; j < d; j++) {
                                row[j] += g * xi[j];
                            }
                            gradB[c] += g;
                        }
                    }
                    update(gradW, gradB, end - start);
                }
                listener.progress("regression", epoch + 1, settings.epochs());
            }
        }

        private void update(float[][] gradW, float[] gradB, int batch) {
            step++;
            double lr = settings.learningRate() * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step));
            float l2 = (float) settings.l2();
            for (int c = 0; c < gradW.length; c++) {
                float[] w = model.weights[c];
                float[] g = gradW[c];
                float[] mc = m[c];
                float[] vc = v[c];
                for (int j = 0; j < w.length; j++) {
                    float grad = g[j] / batch + l2 * w[j];
                    mc[j] = (float) (BETA1 * mc[j] + (1 - BETA1) * grad);
                    vc[j] = (float) (BETA2 * vc[j] + (1 - BETA2) * grad * grad);
                    w[j] -= (float) (lr * mc[j] / (Math.sqrt(vc[j]) + EPSILON));
                }
                float grad = gradB[c] / batch;
                mb[c] = (float) (BETA1 * mb[c] + (1 - BETA1) * grad);
                vb[c] = (float) (BETA2 * vb[c] + (1 - BETA2) * grad * grad);
                model.bias[c] -= (float) (lr * mb[c] / (Math.sqrt(vb[c]) + EPSILON));
            }
        }

        private static void shuffle(int[] order, Random random) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(bias.length);
        out.writeInt(mean.length);
        writeFloats(out, mean);
        writeFloats(out, scale);
        for (float[] row : weights) {
            writeFloats(out, row);
        }
        writeFloats(out, bias);
    }

    public static SoftmaxRegression read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        int d = in.readInt();
        float[] mean = readFloats(in, d);
        float[] scale = readFloats(in, d);
        float[][] weights = new float[classes][];
        for (int c = 0; c < classes; c++) {
            weights[c] = readFloats(in, d);
        }
        return new SoftmaxRegression(mean, scale, weights, readFloats(in, classes));
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
