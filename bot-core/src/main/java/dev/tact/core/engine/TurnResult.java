package dev.tact.core.engine;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;
import dev.tact.core.decision.Decision;
import dev.tact.core.handoff.QueueTicket;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one customer turn.
 *
 * @param conversation    the conversation as it is after the turn
 * @param customerMessage the stored customer message (the original one for a duplicate)
 * @param replies         what the bot or the system said back, in order
 * @param analysis        what the analyzers understood; empty when a person owns the conversation or for a duplicate
 * @param decision        what the policy decided; empty in the same cases
 * @param ticket          the customer's place in line while the conversation is queued
 * @param duplicate       true when the message had been received before and nothing new happened
 */
public record TurnResult(Conversation conversation, Message customerMessage, List<Message> replies,
                         Optional<Analysis> analysis, Optional<Decision> decision, Optional<QueueTicket> ticket,
                         boolean duplicate) {

    public TurnResult {
        Objects.requireNonNull(conversation, "conversation must not be null");
        Objects.requireNonNull(customerMessage, "customerMessage must not be null");
        Objects.requireNonNull(analysis, "analysis must not be null");
        Objects.requireNonNull(decision, "decision must not be null");
        Objects.requireNonNull(ticket, "ticket must not be null");
        replies = List.copyOf(replies);
    }
}
