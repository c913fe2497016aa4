package dev.tact.core.handoff;

import java.time.Instant;
import java.util.Optional;

/**
 * The line of conversations waiting for a person, and the one writer of a conversation's state once it exists:
 * every change of owner belongs to a handoff (queued, with an agent, back in line, resolved, abandoned) or ends
 * one (a closed conversation reopened), so the handoff side makes it, together with the handoff itself. The
 * engine asks this port; it never moves a conversation's state on its own.
 */
public interface HandoffQueue {

    /**
     * Puts a conversation the bot holds in line and moves it from bot to queued, both or neither, and tells where
     * it stands. A conversation already waiting keeps its place and gets the new request's priority and reasons.
     *
     * @throws IllegalStateException when the conversation is neither the bot's nor waiting
     */
    QueueTicket enqueue(HandoffRequest request);

    /** Where a waiting conversation stands now, or empty when it is not waiting. */
    Optional<QueueTicket> ticket(String conversationId);

    /**
     * Gives a closed conversation (its handoff ended) back to the bot because the customer wrote again; false
     * and nothing changed when it is not closed.
     */
    boolean reopen(String conversationId, Instant at);
}
