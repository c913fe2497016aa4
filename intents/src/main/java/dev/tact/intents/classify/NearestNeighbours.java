package dev.tact.intents.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Class probabilities from the training examples nearest to a text in embedding space: the {@code k} most
 * cosine-similar examples vote, each with weight {@code exp((similarity - best) / temperature)}. On short
 * customer messages it is a strong signal on its own (Banking77 train 80/20 split, MiniLM: 92.2% against 91.6%
 * for the regression) and a different one from the regression, so the two average well.
 */
public final class NearestNeighbours {

    static final int K = 10;
    static final double TEMPERATURE = 0.05;

    private final float[][] vectors;
    private final int[] labels;
    private final int classes;

    private NearestNeighbours(float[][] vectors, int[] labels, int classes) {
        this.vectors = vectors;
        this.labels = labels;
        this.classes = classes;
    }

    /** Keeps unit-length copies of the training vectors with their class indexes. */
    public static NearestNeighbours of(List<float[]> inputs, int[] labels, int classes) {
        float[][] vectors = new float[inputs.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = unit(inputs.get(i));
        }
        return new NearestNeighbours(vectors, labels.clone(), classes);
    }

    public double[] probabilities(float[] input) {
        float[] query = unit(input);
        int k = Math.min(K, vectors.length);
        int[] best = new int[k];
        float[] bestSimilarity = new float[k];
        java.util.Arrays.fill(bestSimilarity, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.length; i++) {
            float similarity = dot(query, vectors[i]);
            if (similarity <= bestSimilarity[k - 1]) {
                continue;
            }
            int at = k - 1;
            while (at > 0 && bestSimilarity[at - 1] < similarity) {
                bestSimilarity[at] = bestSimilarity[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            bestSimilarity[at] = similarity;
            best[at] = i;
        }
        double[] p = new double[classes];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            double weight = Math.exp((bestSimilarity[j] - bestSimilarity[0]) / TEMPERATURE);
            p[labels[best[j]]] += weight;
            sum += weight;
        }
        for (int c = 0; c < classes; c++) {
            p[c] /= sum;
        }
        return p;
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] u = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            u[j] = v[j] * scale;
        }
        return u;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(vectors.length);
        out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
        for (int i = 0; i < vectors.length; i++) {
            out.writeInt(labels[i]);
            for (float x : vectors[i]) {
                out.writeFloat(x);
            }
        }
    }

    public static NearestNeighbours read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        int n = in.readInt();
        int d = in.readInt();
        float[][] vectors = new float[n][d];
        int[] labels = new int[n];
        byte[] row = new byte[d * 4];
        for (int i = 0; i < n; i++) {
            labels[i] = in.readInt();
            in.readFully(row);
            java.nio.ByteBuffer.wrap(row).asFloatBuffer().get(vectors[i]);
        }
        return new NearestNeighbours(vectors, labels, classes);
    }
}
