package dev.tact.intents.emotion;

import dev.tact.intents.classify.RegressionSettings;

import java.util.Objects;

/**
 * How the emotion detector trains.
 *
 * @param regression   how the class regression trains
 * @param heldOutShare the share of the training rows kept out of the class regression to fit the temperature, the
 *                     verdict's combination and its threshold
 * @param targetRecall the threshold is the one with the best F1 among those whose recall on the held-out rows is
 *                     at least this
 * @param seed         the seed of the held-out split
 */
public record EmotionSettings(RegressionSettings regression, double heldOutShare, double targetRecall, long seed) {

    public EmotionSettings {
        Objects.requireNonNull(regression, "regression must not be null");
        if (!(heldOutShare > 0 && heldOutShare < 1)) {
            throw new IllegalArgumentException("heldOutShare must be in (0, 1), was " + heldOutShare);
        }
        if (!(targetRecall > 0 && targetRecall <= 1)) {
            throw new IllegalArgumentException("targetRecall must be in (0, 1], was " + targetRecall);
        }
    }

    /** Measured on a held-out slice of GoEmotions train (see the intents README). */
    public static EmotionSettings defaults() {
        return new EmotionSettings(RegressionSettings.defaults(), 0.2, 0.82, 42);
    }

    /** Every setting, for cache keys. */
    public String fingerprint() {
        return toString();
    }
}
