package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable handoffs. Every change of a handoff's state also moves its conversation's state in the same
 * transaction, and every conditional change is atomic across threads and nodes: exactly one of several
 * concurrent claims of a waiting handoff wins.
 */
public interface HandoffStore {

    /** Puts a handoff in line, or updates the conversation's waiting one (priority, reasons, team). */
    Handoff enqueue(Handoff handoff);

    /** The conversation's open (waiting or claimed) handoff. */
    Optional<Handoff> open(String conversationId);

    /** The conversation's most recent handoff, open or not. */
    Optional<Handoff> latest(String conversationId);

    /** Every waiting handoff, in no particular order. */
    List<Handoff> waiting();

    /** The handoffs an agent holds now. */
    List<Handoff> heldBy(String agent);

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

    /** Records that the customer left a waiting handoff; the conversation is closed. False if it was not waiting. */
    boolean abandon(String conversationId, Instant at);

    /** True when the agent holds or once held the conversation. */
    boolean heldEver(String conversationId, String agent);

    /** Remembers the place in line the customer was last told. */
    void told(String handoffId, int position);

    /** Handoffs resolved since the instant, most recent first, at most {@code limit}. */
    List<Handoff> resolvedSince(Instant since, int limit);

    /** Stores the customer's 1-5 answer to the satisfaction question of a resolved handoff, once. */
    boolean rate(String handoffId, int score, Instant at);
}
