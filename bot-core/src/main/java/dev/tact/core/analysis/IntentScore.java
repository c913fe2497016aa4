package dev.tact.core.analysis;

import java.util.Objects;

/** One candidate intent and the probability the analyzer gives it. */
public record IntentScore(String intent, double probability) {

    public IntentScore {
        Objects.requireNonNull(intent, "intent must not be null");
        if (probability < 0 || probability > 1 || Double.isNaN(probability)) {
            throw new IllegalArgumentException("probability must be within 0..1, was " + probability);
        }
    }
}
