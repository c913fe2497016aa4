package dev.tact.handoff.queue;

/** Whether a customer is visibly still there (e.g. their chat page is open), whatever they last wrote. */
@FunctionalInterface
public interface CustomerPresence {

    boolean present(String conversationId);

    /** For channels that cannot tell: silence alone decides. */
    CustomerPresence UNKNOWN = conversationId -> false;
}
