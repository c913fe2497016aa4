package dev.tact.intents.domain;

import java.util.OptionalDouble;

/**
 * An intent's own handoff rules.
 *
 * @param alwaysHuman   a person always handles it (e.g. the answer depends on the customer's account)
 * @param neverHuman    the bot may answer it even when the general confidence rules would hand over; an
 *                      explicit request for a person, a sensitive situation or strong emotion still hand over
 * @param minConfidence a stricter minimum top-intent probability for this intent, if set
 * @param sensitive     a sensitive situation (bereavement, hardship, abuse…): a person handles it, at the top of
 *                      the queue, even when the intent is only one of the likely readings of the message
 */
public record HandoffOverrides(boolean alwaysHuman, boolean neverHuman, OptionalDouble minConfidence,
                               boolean sensitive) {

    public static final HandoffOverrides NONE = new HandoffOverrides(false, false, OptionalDouble.empty(), false);

    public HandoffOverrides {
        if (neverHuman && (alwaysHuman || sensitive)) {
            throw new IllegalArgumentException("a never-human intent cannot be always human or sensitive");
        }
    }

    public HandoffOverrides(boolean alwaysHuman, boolean neverHuman, OptionalDouble minConfidence) {
        this(alwaysHuman, neverHuman, minConfidence, false);
    }
}
