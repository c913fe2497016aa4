package dev.tact.intents.domain;

import java.util.OptionalDouble;

/**
 * An intent's own handoff rules.
 *
 * @param alwaysHuman   a person always handles it (e.g. the answer depends on the customer's account)
 * @param neverHuman    the bot may answer it even when the general confidence rules would hand over; an
 *                      explicit request for a person, a sensitive situation or strong emotion still hand over
 * @param minConfidence a stricter minimum top-intent probability for this intent, if set
 */
public record HandoffOverrides(boolean alwaysHuman, boolean neverHuman, OptionalDouble minConfidence) {

    public static final HandoffOverrides NONE = new HandoffOverrides(false, false, OptionalDouble.empty());
}
