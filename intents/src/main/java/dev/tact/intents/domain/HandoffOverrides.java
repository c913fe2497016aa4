package dev.tact.intents.domain;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * An intent's own handoff rules.
 *
 * @param alwaysHuman   a person always handles it (e.g. the answer depends on the customer's account)
 * @param neverHuman    the bot may answer it even when the general confidence rules would hand over; an
 *                      explicit request for a person, a sensitive situation or strong emotion still hand over
 * @param minConfidence a stricter minimum top-intent probability for this intent, if set
 * @param sensitive     a sensitive situation (bereavement, hardship, abuse…): a person handles it, at the top of
 *                      the queue, even when the intent is only one of the likely readings of the message
 * @param offer         an account-specific intent: after its general answer the bot asks this question, offering a
 *                      person who can check the customer's account (empty: no offer)
 * @param priority      for a sensitive situation that goes before the others (self-harm, abuse), its queue
 *                      priority 0..100; empty: the policy's priority of sensitive situations
 */
public record HandoffOverrides(boolean alwaysHuman, boolean neverHuman, OptionalDouble minConfidence,
                               boolean sensitive, String offer, OptionalInt priority) {

    public static final HandoffOverrides NONE = new HandoffOverrides(false, false, OptionalDouble.empty(), false);

    public HandoffOverrides(boolean alwaysHuman, boolean neverHuman, OptionalDouble minConfidence,
                            boolean sensitive) {
        this(alwaysHuman, neverHuman, minConfidence, sensitive, "");
    }

    public HandoffOverrides(boolean alwaysHuman, boolean neverHuman, OptionalDouble minConfidence,
                            boolean sensitive, String offer) {
        this(alwaysHuman, neverHuman, minConfidence, sensitive, offer, OptionalInt.empty());
    }

    public HandoffOverrides {
        Objects.requireNonNull(offer, "offer must not be null");
        Objects.requireNonNull(priority, "priority must not be null");
        if (priority.isPresent() && !sensitive) {
            throw new IllegalArgumentException("only a sensitive situation has a priority of its own");
        }
        if (neverHuman && (alwaysHuman || sensitive)) {
            throw new IllegalArgumentException("a never-human intent cannot be always human or sensitive");
        }
    }

    public HandoffOverrides(boolean alwaysHuman, boolean neverHuman, OptionalDouble minConfidence) {
        this(alwaysHuman, neverHuman, minConfidence, false);
    }
}
