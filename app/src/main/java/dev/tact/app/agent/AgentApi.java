package dev.tact.app.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tact.core.conversation.Message;
import dev.tact.core.decision.HandoffReason;
import dev.tact.handoff.queue.QueueEntry;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of the agent API v1 (see DESIGN.md). */
public final class AgentApi {

    private AgentApi() {
    }

    /** One waiting conversation in {@code GET /v1/queue} and on the agent stream. */
    public record QueueItem(String conversationId, int priority, double effectivePriority, String team, int position,
                            List<HandoffReason> reasons, long waitingSeconds, String preview, String assignedTo,
                            String note) {
        static QueueItem of(QueueEntry entry, String preview) {
            var handoff = entry.handoff();
            return new QueueItem(handoff.conversationId(), handoff.priority(),
                    Math.round(entry.effectivePriority() * 10) / 10.0, handoff.team(), entry.position(),
                    handoff.reasons(), entry.waitingSeconds(), preview, handoff.assignedTo(), handoff.note());
        }
    }

    /** {@code POST /v1/agent/conversations/{id}/messages}. */
    public record SendMessage(String text) {
    }

    /** {@code POST /v1/agent/conversations/{id}/resolve}. */
    public record Resolve(Boolean returnToBot) {
    }

    /** {@code POST /v1/agent/conversations/{id}/release}. */
    public record Release(String note) {
    }

    /** {@code POST /v1/agent/conversations/{id}/transfer}: to a team, or to one agent, with a note. */
    public record Transfer(String team, String agent, String note) {
    }

    /** {@code PUT /v1/agent/presence}. */
    public record PresenceChange(String presence) {
    }

    /** A message as agents see it. */
    public record MessageView(String id, String conversationId, String role, String kind, String text, Instant at) {
        public static MessageView of(Message message) {
            return new MessageView(message.id(), message.conversationId(),
                    message.role().name().toLowerCase(Locale.ROOT), message.kind().id(), message.text(), message.at());
        }
    }

    /** The state of a conversation after an agent's action. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConversationState(String conversationId, String state, String team, String agent) {
    }

    /** A conversation the agent holds or held, in {@code GET /v1/agent/conversations}. */
    public record MyConversation(String conversationId, String customer, String channel, String state,
                                 boolean holding) {
    }
}
