package dev.tact.channels.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.Message;
import dev.tact.core.handoff.QueueTicket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The JSON shapes of the customer API v1 (see DESIGN.md). */
public final class WebChatApi {

    private WebChatApi() {
    }

    /** {@code POST /v1/conversations} body; everything in it is optional. */
    public record CreateConversation(Customer customer) {
    }

    public record Customer(String name) {
    }

    /** {@code 201} answer to {@link CreateConversation}: the token is shown once and only its hash is kept. */
    public record ConversationCreated(String id, String token) {
    }

    /** {@code POST /v1/conversations/{id}/messages} body. */
    public record SendMessage(String text, String clientMessageId) {
    }

    /** A reply the customer can pick instead of typing: the page sends its title as the next message. */
    public record ChoiceView(String id, String title) {
        static List<ChoiceView> of(Message message) {
            return message.choices().stream().map(choice -> new ChoiceView(choice.id(), choice.title())).toList();
        }
    }

    /**
     * {@code 200} answer to {@link SendMessage}: the bot's replies, the conversation's state and, as
     * {@code message}, the customer's message as stored (its id and {@code clientMessageId}), so that the page
     * matches it and the replies with their stream frames by id.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TurnReply(List<MessageView> replies, String state, Integer queuePosition, Long estimatedWaitSeconds,
                            MessageView message) {
    }

    /**
     * A message in {@link TurnReply}, {@link History} and on the stream; {@code choices} only when the message
     * offers some. {@code clientMessageId} ties it to a customer message: on the customer's message its own (the
     * one the page sent, or the one the server gave it when the page sent none), on a reply the one of the message
     * it answers; absent otherwise (an agent's message, a notice, a reply read back from the history).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record MessageView(String id, String role, String text, Instant at, List<ChoiceView> choices,
                              String clientMessageId) {
        /** The view of {@code message}; a customer message carries its own {@code clientMessageId}. */
        public static MessageView of(Message message) {
            return of(message, message.fromCustomer() ? message.externalId() : null);
        }

        /** The view of {@code message} tied to the customer message {@code clientMessageId} (may be null). */
        public static MessageView of(Message message, String clientMessageId) {
            return new MessageView(message.id(), message.role().name().toLowerCase(Locale.ROOT),
                    message.text(), message.at(), ChoiceView.of(message), clientMessageId);
        }
    }

    /** {@code GET /v1/conversations/{id}/messages}; the place in line only while queued. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record History(String state, List<MessageView> messages, Integer queuePosition,
                          Long estimatedWaitSeconds) {
    }

    /** A stream frame: a new message. */
    public record MessageFrame(String type, MessageView message) {
        public static MessageFrame of(MessageView message) {
            return new MessageFrame("message", message);
        }
    }

    /** A stream frame: the conversation's state, sent on connect and whenever it changes owner. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StateFrame(String type, String state, Integer queuePosition, Long estimatedWaitSeconds) {
        public static StateFrame of(ConversationState state, Optional<QueueTicket> ticket) {
            return new StateFrame("state", state.id(), ticket.map(QueueTicket::position).orElse(null),
                    ticket.flatMap(QueueTicket::estimatedWait).map(Duration::toSeconds).orElse(null));
        }
    }
}
