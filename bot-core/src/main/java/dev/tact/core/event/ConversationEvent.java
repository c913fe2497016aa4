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

    /**
     * An event after which the conversation has a new owner: {@code state} is where it stands now, {@code ticket}
     * its place in line when it is queued. Every change of a conversation's state is one of these, published once
     * by whoever made the change (see the handoff module's README).
     */
    sealed interface OwnerChanged extends ConversationEvent {

        ConversationState state();

        Optional<QueueTicket> ticket();
    }

    /** {@code handoff.requested}: the policy escalated and the conversation is in line; published by the engine. */
    record HandoffRequested(HandoffRequest request, QueueTicket place) implements OwnerChanged {
        public HandoffRequested {
            Objects.requireNonNull(request, "request must not be null");
            Objects.requireNonNull(place, "place must not be null");
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

        @Override
        public ConversationState state() {
            return ConversationState.QUEUED;
        }

        @Override
        public Optional<QueueTicket> ticket() {
            return Optional.of(place);
        }
    }

    /** {@code handoff.accepted}: an agent claimed the waiting conversation and holds it now. */
    record HandoffAccepted(String conversationId, String handoffId, String agent, Instant at) implements OwnerChanged {
        public HandoffAccepted {
            Objects.requireNonNull(conversationId, "conversationId must not be null");
            Objects.requireNonNull(handoffId, "handoffId must not be null");
            Objects.requireNonNull(agent, "agent must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }

        @Override
        public String type() {
            return "handoff.accepted";
        }

        @Override
        public ConversationState state() {
            return ConversationState.AGENT;
        }

        @Override
        public Optional<QueueTicket> ticket() {
            return Optional.empty();
        }
    }

    /**
     * {@code handoff.transferred}: the agent holding the conversation passed it to {@code team}, reserved for
     * {@code toAgent} (empty: anyone in the team); it is back in line, at its old priority and waiting time.
     */
    record HandoffTransferred(String conversationId, String handoffId, String fromAgent, String team, String toAgent,
                              Optional<QueueTicket> ticket, Instant at) implements OwnerChanged {
        public HandoffTransferred {
            Objects.requireNonNull(conversationId, "conversationId must not be null");
            Objects.requireNonNull(handoffId, "handoffId must not be null");
            Objects.requireNonNull(fromAgent, "fromAgent must not be null");
            Objects.requireNonNull(team, "team must not be null");
            Objects.requireNonNull(toAgent, "toAgent must not be null");
            Objects.requireNonNull(ticket, "ticket must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }

        @Override
        public String type() {
            return "handoff.transferred";
        }

        @Override
        public ConversationState state() {
            return ConversationState.QUEUED;
        }
    }

    /**
     * {@code handoff.released}: the conversation went back in line from the agent who held it, because they
     * released it ({@link Cause#RELEASED}) or stayed disconnected past the reconnect timeout
     * ({@link Cause#AGENT_GONE}).
     */
    record HandoffReleased(String conversationId, String handoffId, String agent, Cause cause,
                           Optional<QueueTicket> ticket, Instant at) implements OwnerChanged {

        /** Why the agent no longer holds it. */
        public enum Cause {
            RELEASED, AGENT_GONE;

            public String id() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        public HandoffReleased {
            Objects.requireNonNull(conversationId, "conversationId must not be null");
            Objects.requireNonNull(handoffId, "handoffId must not be null");
            Objects.requireNonNull(agent, "agent must not be null");
            Objects.requireNonNull(cause, "cause must not be null");
            Objects.requireNonNull(ticket, "ticket must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }

        @Override
        public String type() {
            return "handoff.released";
        }

        @Override
        public ConversationState state() {
            return ConversationState.QUEUED;
        }
    }

    /**
     * {@code handoff.completed}: the handoff ended: the agent resolved it (closed, or given back to the bot), or
     * the waiting customer left ({@link Outcome#ABANDONED}, {@code agent} empty).
     */
    record HandoffCompleted(String conversationId, String handoffId, String agent, Outcome outcome, Instant at)
            implements OwnerChanged {

        /** How the handoff ended; {@link #id()} is the handoff's stored outcome. */
        public enum Outcome {
            CLOSED, RETURNED_TO_BOT, ABANDONED;

            public String id() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        public HandoffCompleted {
            Objects.requireNonNull(conversationId, "conversationId must not be null");
            Objects.requireNonNull(handoffId, "handoffId must not be null");
            Objects.requireNonNull(agent, "agent must not be null");
            Objects.requireNonNull(outcome, "outcome must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }

        @Override
        public String type() {
            return "handoff.completed";
        }

        @Override
        public ConversationState state() {
            return outcome == Outcome.RETURNED_TO_BOT ? ConversationState.BOT : ConversationState.CLOSED;
        }

        @Override
        public Optional<QueueTicket> ticket() {
            return Optional.empty();
        }
    }

    /**
     * {@code conversation.reopened}: the customer wrote to a closed conversation and the bot has it again; the
     * one change of state that is not a handoff. Published by the engine.
     */
    record ConversationReopened(String conversationId, Instant at) implements OwnerChanged {
        public ConversationReopened {
            Objects.requireNonNull(conversationId, "conversationId must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }

        @Override
        public String type() {
            return "conversation.reopened";
        }

        @Override
        public ConversationState state() {
            return ConversationState.BOT;
        }

        @Override
        public Optional<QueueTicket> ticket() {
            return Optional.empty();
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
     * @param action    what the agent can do about it, e.g. {@link #TEMPLATE_REQUIRED}; empty when nothing
     */
    record DeliveryFailed(String conversationId, String messageId, String code, String detail, String action,
                          Instant at) implements ConversationEvent {

        /** The customer can only be reached with an approved template message (WhatsApp's 24-hour window). */
        public static final String TEMPLATE_REQUIRED = "template_required";

        public DeliveryFailed {
            Objects.requireNonNull(conversationId, "conversationId must not be null");
            Objects.requireNonNull(messageId, "messageId must not be null");
            Objects.requireNonNull(code, "code must not be null");
            Objects.requireNonNull(detail, "detail must not be null");
            Objects.requireNonNull(action, "action must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }

        @Override
        public String type() {
            return "message.delivery_failed";
        }
    }
}
