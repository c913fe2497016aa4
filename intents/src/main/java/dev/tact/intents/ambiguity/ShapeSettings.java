package dev.tact.intents.ambiguity;

import dev.tact.intents.classify.RegressionSettings;

import java.util.Objects;

/**
 * How the request-shape classifier trains.
 *
 * @param regression how its softmax regression trains
 * @param cues       whether the cheap cues of {@link ShapeFeatures} join the embedding (off: the embedding alone)
 */
public record ShapeSettings(RegressionSettings regression, boolean cues) {

    public ShapeSettings {
        Objects.requireNonNull(regression, "regression must not be null");
    }

    /** Chosen by 5-fold cross-validation on the train split (see the intents README, "Request shape"). */
    public static ShapeSettings defaults() {
        return new ShapeSettings(new RegressionSettings(30, 0.002, 5e-2, 16, 42), true);
    }

    /** Every setting, for cache keys. */
    public String fingerprint() {
        return toString();
    }
}
