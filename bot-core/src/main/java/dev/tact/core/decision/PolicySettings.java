package dev.tact.core.decision;

import java.util.Objects;
import java.util.Set;

/**
 * The thresholds of {@link ThresholdHandoffPolicy}.
 *
 * @param minConfidence      below this top-intent probability the bot does not answer
 * @param minMargin          below this gap between the two best intents the message is ambiguous
 * @param maxOutOfScope      above this out-of-scope score the message is outside what the bot knows
 * @param sentimentFloor     at or below this sentiment (-1..1) the customer is upset and goes to a person
 * @param maxClarifications  how many times in a row the bot may ask the customer to rephrase before a person
 *                           takes over
 * @param humanRequestIntent the intent that means "let me talk to a person"
 * @param alwaysHuman        intents a person must always handle (e.g. those that depend on the customer's account)
 */
public record PolicySettings(double minConfidence, double minMargin, double maxOutOfScope, double sentimentFloor,
                             int maxClarifications, String humanRequestIntent, Set<String> alwaysHuman) {

    /**
     * Defaults for the keyword stand-in analyzer, whose probabilities are coarse: one matched keyword rule gives
     * 0.9, so 0.5 separates "matched" from "not matched"; -0.5 is two or more clearly negative words.
     */
    public static PolicySettings defaults() {
        return new PolicySettings(0.5, 0.1, 0.5, -0.5, 1, "human_request", Set.of());
    }

    public PolicySettings {
        Objects.requireNonNull(humanRequestIntent, "humanRequestIntent must not be null");
        alwaysHuman = Set.copyOf(alwaysHuman);
        if (maxClarifications < 0) {
            throw new IllegalArgumentException("maxClarifications must not be negative");
        }
    }
}
