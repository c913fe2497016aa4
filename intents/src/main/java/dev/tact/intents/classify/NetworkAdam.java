package dev.tact.intents.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Mini-batch Adam with early stopping for a {@link HiddenLayerNetwork}; its state lives only while training. */
final class NetworkAdam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final HiddenLayerNetwork network;
    private final NetworkSettings settings;
    private final Random random;
    private final float[][][] parameters;
    private final float[][][] gradients;
    private final float[][][] m;
    private final float[][][] v;
    private long step;

    NetworkAdam(HiddenLayerNetwork network, NetworkSettings settings, Random random) {
        this.network = network;
        this.settings = settings;
        this.random = random;
        this.parameters = network.parameters();
        this.gradients = zerosLike(parameters);
        this.m = zerosLike(parameters);
        this.v = zerosLike(parameters);
    }

    void run(float[][] x, List<float[]> targets, float[] weights, float[][] validation,
             List<float[]> validationTargets, TrainingListener listener) {
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        float[][] w1 = parameters[0];
        float[] b1 = parameters[1][0];
        float[][] w2 = parameters[2];
        float[] b2 = parameters[3][0];
        float[][] g1 = gradients[0];
        float[] gb1 = gradients[1][0];
        float[][] g2 = gradients[2];
        float[] gb2 = gradients[3][0];
        int hidden = b1.length;
        int classes = b2.length;
        float[] h = new float[hidden];
        float[] gh = new float[hidden];
        double[] p = new double[classes];
        float[] gz = new float[classes];
        float[][][] best = copy(parameters);
        double bestLoss = Double.POSITIVE_INFINITY;
        int stale = 0;
        for (int epoch = 0; epoch < settings.maxEpochs() && stale < settings.patience(); epoch++) {
            shuffle(order);
            for (int start = 0; start < n; start += settings.batchSize()) {
                int end = Math.min(n, start + settings.batchSize());
                clear(gradients);
                for (int b = start; b < end; b++) {
                    int i = order[b];
                    float[] xi = x[i];
                    network.forward(xi, h, p);
                    float[] t = targets.get(i);
                    for (int c = 0; c < classes; c++) {
                        gz[c] = (float) ((p[c] - t[c]) * weights[i]);
                        gb2[c] += gz[c];
                    }
                    for (int k = 0; k < hidden; k++) {
                        if (h[k] <= 0) {
                            gh[k] = 0;
                            continue;
                        }
                        float hk = h[k];
                        float[] row = w2[k];
                        float[] grow = g2[k];
                        float sum = 0;
                        for (int c = 0; c < classes; c++) {
                            grow[c] += hk * gz[c];
                            sum += row[c] * gz[c];
                        }
                        gh[k] = sum;
                        gb1[k] += sum;
                    }
                    for (int j = 0; j < xi.length; j++) {
                        float xj = xi[j];
                        float[] grow = g1[j];
                        for (int k = 0; k < hidden; k++) {
                            grow[k] += xj * gh[k];
                        }
                    }
                }
                update(end - start);
            }
            double loss = logLoss(validation, validationTargets, h, p);
            if (loss < bestLoss - 1e-4) {
                bestLoss = loss;
                best = copy(parameters);
                stale = 0;
            } else {
                stale++;
            }
            listener.progress("network", epoch + 1, settings.maxEpochs());
        }
        restore(best);
    }

    private double logLoss(float[][] x, List<float[]> targets, float[] h, double[] p) {
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            network.forward(x[i], h, p);
            float[] t = targets.get(i);
            for (int c = 0; c < t.length; c++) {
                if (t[c] > 0) {
                    loss -= t[c] * Math.log(Math.max(p[c], 1e-12));
                }
            }
        }
        return loss / x.length;
    }

    private void update(int batch) {
        step++;
        double lr = settings.learningRate() * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step));
        float inverse = 1f / batch;
        for (int a = 0; a < parameters.length; a++) {
            for (int r = 0; r < parameters[a].length; r++) {
                float[] w = parameters[a][r];
                float[] g = gradients[a][r];
                float[] mr = m[a][r];
                float[] vr = v[a][r];
                for (int j = 0; j < w.length; j++) {
                    float grad = g[j] * inverse;
                    mr[j] = (float) (BETA1 * mr[j] + (1 - BETA1) * grad);
                    vr[j] = (float) (BETA2 * vr[j] + (1 - BETA2) * grad * grad);
                    w[j] -= (float) (lr * mr[j] / (Math.sqrt(vr[j]) + EPSILON));
                }
            }
        }
    }

    private void shuffle(int[] order) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private void restore(float[][][] saved) {
        for (int a = 0; a < parameters.length; a++) {
            for (int r = 0; r < parameters[a].length; r++) {
                System.arraycopy(saved[a][r], 0, parameters[a][r], 0, parameters[a][r].length);
            }
        }
    }

    private static void clear(float[][][] arrays) {
        for (float[][] a : arrays) {
            for (float[] row : a) {
                Arrays.fill(row, 0);
            }
        }
    }

    private static float[][][] zerosLike(float[][][] arrays) {
        float[][][] zeros = new float[arrays.length][][];
        for (int a = 0; a < arrays.length; a++) {
            zeros[a] = new float[arrays[a].length][];
            for (int r = 0; r < arrays[a].length; r++) {
                zeros[a][r] = new float[arrays[a][r].length];
            }
        }
        return zeros;
    }

    private static float[][][] copy(float[][][] arrays) {
        float[][][] copy = new float[arrays.length][][];
        for (int a = 0; a < arrays.length; a++) {
            copy[a] = new float[arrays[a].length][];
            for (int r = 0; r < arrays[a].length; r++) {
                copy[a][r] = arrays[a][r].clone();
            }
        }
        return copy;
    }
}
