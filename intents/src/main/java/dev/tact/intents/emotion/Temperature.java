package dev.tact.intents.emotion;

import java.util.List;
import java.util.Set;

/**
 * Temperature scaling (Guo et al. 2017): the one number {@code t} that makes softmax(log p / t) fit held-out rows
 * best, found by golden-section search on log t. A row with several gold labels adds the log-loss of each.
 */
final class Temperature {

    private static final double LOW = Math.log(0.2);
    private static final double HIGH = Math.log(5);
    private static final int STEPS = 40;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private Temperature() {
    }

    /** @param gold the indexes of each row's gold labels */
    static double fit(List<double[]> probabilities, List<Set<Integer>> gold) {
        double a = LOW;
        double b = HIGH;
        for (int step = 0; step < STEPS; step++) {
            double c = b - GOLDEN * (b - a);
            double d = a + GOLDEN * (b - a);
            if (logLoss(probabilities, gold, Math.exp(c)) < logLoss(probabilities, gold, Math.exp(d))) {
                b = d;
            } else {
                a = c;
            }
        }
        return Math.exp((a + b) / 2);
    }

    static double logLoss(List<double[]> probabilities, List<Set<Integer>> gold, double t) {
        double loss = 0;
        for (int i = 0; i < probabilities.size(); i++) {
            double[] q = EmotionModel.calibrated(probabilities.get(i), t);
            for (int label : gold.get(i)) {
                loss -= Math.log(Math.max(q[label], 1e-12));
            }
        }
        return loss;
    }
}
