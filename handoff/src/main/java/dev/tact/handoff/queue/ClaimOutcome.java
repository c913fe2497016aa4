package dev.tact.handoff.queue;

/** What a claim came to in the store. */
public enum ClaimOutcome {
    /** This agent has it now. */
    CLAIMED,
    /** Not waiting (any more): someone else won, or it was resolved or abandoned. */
    TAKEN,
    /** The agent already holds as many conversations as their capacity allows. */
    AT_CAPACITY
}
