package dev.tact.intents.conversation;

import dev.tact.intents.classify.RegressionSettings;

import java.util.Objects;

/**
 * How the repair detector trains and how its threshold is chosen.
 *
 * @param regression   how the 2-class regression trains
 * @param folds        folds of the cross-validation on train that chooses the recommended threshold
 * @param targetRecall the recommended threshold is the one with the best F1 among those whose cross-validated recall
 *                     is at least this
 * @param seed         the seed that deals the exchanges into folds
 */
public record RepairSettings(RegressionSettings regression, int folds, double targetRecall, long seed) {

    public RepairSettings {
        Objects.requireNonNull(regression, "regression must not be null");
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }
        if (!(targetRecall > 0 && targetRecall <= 1)) {
            throw new IllegalArgumentException("targetRecall must be in (0, 1], was " + targetRecall);
        }
    }

    /** Chosen by cross-validation on the train split (see the intents README, "Repair"). */
    public static RepairSettings defaults() {
        return new RepairSettings(new RegressionSettings(15, 0.002, 1e-2, 16, 42), 5, 0.85, 42);
    }

    /** Every setting, for cache keys. */
    public String fingerprint() {
        return toString();
    }
}
