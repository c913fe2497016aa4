package dev.tact.core.handoff;

import java.util.Optional;

/** The line of conversations waiting for a person. */
public interface HandoffQueue {

    /** Puts a conversation in line (or updates its request if it is already waiting) and tells where it stands. */
    QueueTicket enqueue(HandoffRequest request);

    /** Where a waiting conversation stands now, or empty when it is not waiting. */
    Optional<QueueTicket> ticket(String conversationId);
}
