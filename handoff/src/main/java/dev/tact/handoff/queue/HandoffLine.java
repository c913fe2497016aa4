package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The line of handoffs and every move of one: in line, claimed, back in line, resolved, abandoned. This port is
 * the one writer of a conversation's state: each change of a handoff moves its conversation's state in the same
 * transaction (both or neither), and every conditional change is atomic across threads and nodes: exactly one of
 * several concurrent claims of a waiting handoff wins.
 */
public interface HandoffLine {

    /**
     * Puts a handoff in line and moves its conversation from bot to queued, both or neither; when the conversation
     * is waiting already, updates its handoff (priority, reasons, team) and keeps its place.
     *
     * @throws IllegalStateException when the conversation is neither the bot's nor waiting
     */
    Handoff enqueue(Handoff handoff);

    /** The conversation's open (waiting or claimed) handoff. */
    Optional<Handoff> open(String conversationId);

    /** Every waiting handoff, in no particular order. */
    List<Handoff> waiting();

    /**
     * Claims a waiting handoff for an agent if it is still waiting, assigned to nobody else, and the agent holds
     * fewer than {@code capacity} conversations; the conversation goes from queued to agent.
     */
    ClaimOutcome claim(String conversationId, String agent, int capacity, Instant at);

    /**
     * Puts a claimed handoff held by {@code agent} back in line, routed to {@code team} and reserved for
     * {@code assignedTo} (empty: anyone), with a note; the conversation goes back to queued. False when the agent
     * does not hold it.
     */
    boolean requeue(String conversationId, String agent, String team, String assignedTo, String note, Instant at);

    /**
     * Ends a claimed handoff held by {@code agent}; the conversation goes to {@code next} (bot or closed).
     * Empty when the agent does not hold it.
     */
    Optional<Handoff> resolve(String conversationId, String agent, ConversationState next, Instant at);

    /**
     * Records that the customer left a waiting handoff; the conversation is closed. Empty if it was not waiting,
     * else the ended handoff.
     */
    Optional<Handoff> abandon(String conversationId, Instant at);

    /** Gives a closed conversation back to the bot (the customer wrote again); false when it is not closed. */
    boolean reopen(String conversationId, Instant at);
}
