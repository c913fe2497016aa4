package dev.tact.intents.classify;

import java.util.List;

/**
 * Calibrates probabilities with one temperature: {@code p_i^(1/T)}, renormalised, which keeps the ranking and
 * moves every confidence toward (T above 1) or away from (T below 1) uniform. The ensemble averages probabilities
 * rather than logits, so the temperature acts on their logarithms. {@link #fit} chooses T by the log-loss of
 * predictions made on rows the model did not train on (e.g. the out-of-fold predictions of cross-validation).
 */
public final class TemperatureScaling {

    /** The temperatures {@link #fit} searches, on a log scale. */
    static final double LOWEST = 0.05;
    static final double HIGHEST = 20;

    /** Probabilities of 0 stay 0; this floor only keeps the log-loss finite. */
    private static final double FLOOR = 1e-12;

    private TemperatureScaling() {
    }

    /** A calibrated copy of {@code probabilities} (the input is not changed). */
    public static double[] apply(double[] probabilities, double temperature) {
        double[] p = probabilities.clone();
        if (temperature == 1) {
            return p;
        }
        double max = 0;
        for (double v : p) {
            max = Math.max(max, v);
        }
        if (max <= 0) {
            return p;
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i] <= 0 ? 0 : Math.exp(Math.log(p[i] / max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * The temperature with the lowest mean log-loss of the gold classes, by golden-section search on log T
     * between {@value #LOWEST} and {@value #HIGHEST} (the loss is convex in 1/T).
     *
     * @param probabilities one row per held-out prediction, in a fixed class order
     * @param gold          the index of each row's true class
     */
    public static double fit(List<double[]> probabilities, int[] gold) {
        if (probabilities.isEmpty() || probabilities.size() != gold.length) {
            throw new IllegalArgumentException("one gold class per prediction, at least one prediction");
        }
        double low = Math.log(LOWEST);
        double high = Math.log(HIGHEST);
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int step = 0; step < 60; step++) {
            double a = high - ratio * (high - low);
            double b = low + ratio * (high - low);
            if (logLoss(probabilities, gold, Math.exp(a)) <= logLoss(probabilities, gold, Math.exp(b))) {
                high = b;
            } else {
                low = a;
            }
        }
        return Math.exp((low + high) / 2);
    }

    /** The mean negative log-probability of the gold classes after {@code temperature}. */
    public static double logLoss(List<double[]> probabilities, int[] gold, double temperature) {
        double sum = 0;
        for (int i = 0; i < gold.length; i++) {
            sum -= Math.log(Math.max(FLOOR, apply(probabilities.get(i), temperature)[gold[i]]));
        }
        return sum / gold.length;
    }
}
