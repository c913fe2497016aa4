package dev.tact.handoff.context;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.conversation.Message;
import dev.tact.core.decision.Decision;
import dev.tact.core.decision.HandoffReason;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the bot understood of one customer message and what it decided, kept for the agent.
 *
 * @param messageId      the customer message
 * @param conversationId its conversation
 * @param analysis       the analyzers' output, as it was
 * @param decision       {@code answer}, {@code clarify} or {@code escalate}
 * @param reasons        the reasons of a clarification or escalation, with figures and thresholds
 * @param intent         the intent the bot answered, or an empty string
 * @param priority       the escalation's priority (0 when it did not escalate)
 * @param at             when the message came
 */
public record TurnRecord(String messageId, String conversationId, Analysis analysis, String decision,
                         List<HandoffReason> reasons, String intent, int priority, Instant at) {

    public TurnRecord {
        Objects.requireNonNull(messageId, "messageId must not be null");
        Objects.requireNonNull(conversationId, "conversationId must not be null");
        Objects.requireNonNull(analysis, "analysis must not be null");
        Objects.requireNonNull(decision, "decision must not be null");
        Objects.requireNonNull(intent, "intent must not be null");
        Objects.requireNonNull(at, "at must not be null");
        reasons = List.copyOf(reasons);
    }

    public static TurnRecord of(Message customerMessage, Analysis analysis, Decision decision) {
        List<HandoffReason> reasons = decision.reasons();
        String intent = "";
        int priority = 0;
        if (decision instanceof Decision.Escalate escalate) {
            priority = escalate.priority();
        } else if (decision instanceof Decision.Answer answer) {
            intent = answer.intent();
        }
        return new TurnRecord(customerMessage.id(), customerMessage.conversationId(), analysis, decision.name(),
                reasons, intent, priority, customerMessage.at());
    }
}
