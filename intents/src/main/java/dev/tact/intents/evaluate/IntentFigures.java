package dev.tact.intents.evaluate;

import java.util.Objects;

/**
 * Precision, recall and F1 of one label, predicted as the effective label (so {@code oos} is predicted for every
 * row the engine does not answer). A ratio whose denominator is zero is 0.
 *
 * @param support   rows whose gold label this is
 * @param predicted rows whose effective label this is
 */
public record IntentFigures(String intent, double precision, double recall, double f1, int support, int predicted) {

    public IntentFigures {
        Objects.requireNonNull(intent, "intent must not be null");
    }

    static IntentFigures of(String intent, int truePositives, int support, int predicted) {
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = support == 0 ? 0 : (double) truePositives / support;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new IntentFigures(intent, precision, recall, f1, support, predicted);
    }
}
