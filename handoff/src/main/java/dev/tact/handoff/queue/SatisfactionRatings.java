package dev.tact.handoff.queue;

import java.time.Instant;

/** The customers' answers to the satisfaction question at the end of a handoff. */
@FunctionalInterface
public interface SatisfactionRatings {

    /** Stores the customer's 1-5 answer for a resolved handoff, once; false when it is not resolved or rated. */
    boolean rate(String handoffId, int score, Instant at);
}
