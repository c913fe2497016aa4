package dev.tact.core.event;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.Message;
import dev.tact.core.decision.Decision;
import dev.tact.core.handoff.HandoffRequest;
import dev.tact.core.handoff.QueueTicket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Something that happened to a conversation, published on the {@link EventBus}. */
public sealed interface ConversationEvent {

    String conversationId();

    /** The event's name on the bus, e.g. {@code message.appended}. */
    String type();

    Instant at();

    /** A message was stored. */
    record MessageAppended(Message message) implements ConversationEvent {
        public MessageAppended {
            Objects.requireNonNull(message, "message must not be null");
        }

        @Override
        public String conversationId() {
            return message.conversationId();
        }

        @Override
        public String type() {
            return "message.appended";
        }

        @Override
        public Instant at() {
            return message.at();
        }
    }

    /** The conversation changed owner; {@code ticket} is the place in line when it is queued. */
    record StateChanged(String conversationId, ConversationState from, ConversationState to,
                        Optional<QueueTicket> ticket, Instant at) implements ConversationEvent {
        public StateChanged {
            Objects.requireNonNull(conversationId, "conversationId must not be null");
            Objects.requireNonNull(from, "from must not be null");
            Objects.requireNonNull(to, "to must not be null");
            Objects.requireNonNull(ticket, "ticket must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }

        @Override
        public String type() {
            return "state.changed";
        }
    }

    /** The policy escalated: a person is needed. */
    record HandoffRequested(HandoffRequest request, QueueTicket ticket) implements ConversationEvent {
        public HandoffRequested {
            Objects.requireNonNull(request, "request must not be null");
            Objects.requireNonNull(ticket, "ticket must not be null");
        }

        @Override
        public String conversationId() {
            return request.conversationId();
        }

        @Override
        public String type() {
            return "handoff.requested";
        }

        @Override
        public Instant at() {
            return request.requestedAt();
        }
    }

    /**
     * The analyzers and the policy went over a customer message: what the bot understood and what it decided,
     * published before the bot answers or hands over, so that an agent can later see it turn by turn.
     */
    record TurnAnalyzed(Message customerMessage, Analysis analysis, Decision decision) implements ConversationEvent {
        public TurnAnalyzed {
            Objects.requireNonNull(customerMessage, "customerMessage must not be null");
            Objects.requireNonNull(analysis, "analysis must not be null");
            Objects.requireNonNull(decision, "decision must not be null");
        }

        @Override
        public String conversationId() {
            return customerMessage.conversationId();
        }

        @Override
        public String type() {
            return "turn.analyzed";
        }

        @Override
        public Instant at() {
            return customerMessage.at();
        }
    }

    /**
     * A message to the customer will not arrive: the channel refused it for good or reported it undeliverable.
     * The agent console shows it next to the message.
     *
     * @param messageId the stored message that failed
     * @param code      the channel's error code, e.g. WhatsApp's {@code 131047}
     * @param detail    the channel's description of the error (never customer text)
     */
    record DeliveryFailed(String conversationId, String messageId, String code, String detail, Instant at)
            implements ConversationEvent {
        public DeliveryFailed {
            Objects.requireNonNull(conversationId, "conversationId must not be null");
            Objects.requireNonNull(messageId, "messageId must not be null");
            Objects.requireNonNull(code, "code must not be null");
            Objects.requireNonNull(detail, "detail must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }

        @Override
        public String type() {
            return "message.delivery_failed";
        }
    }
}
