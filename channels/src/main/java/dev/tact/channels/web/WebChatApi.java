package dev.tact.channels.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.Message;
import dev.tact.core.handoff.QueueTicket;

import java.time.Duration;
import java.util.Optional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

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

    /** A reply in {@link TurnReply}; {@code choices} only when the message offers some. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Reply(String role, String text, Instant at, List<ChoiceView> choices) {
        static Reply of(Message message) {
            return new Reply(message.role().name().toLowerCase(Locale.ROOT), message.text(), message.at(),
                    ChoiceView.of(message));
        }
    }

    /** {@code 200} answer to {@link SendMessage}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TurnReply(List<Reply> replies, String state, Integer queuePosition, Long estimatedWaitSeconds) {
    }

    /** A message in {@link History} and on the stream; {@code choices} only when the message offers some. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record MessageView(String id, String role, String text, Instant at, List<ChoiceView> choices) {
        public static MessageView of(Message message) {
            return new MessageView(message.id(), message.role().name().toLowerCase(Locale.ROOT),
                    message.text(), message.at(), ChoiceView.of(message));
        }
    }

    /** {@code GET /v1/conversations/{id}/messages}; the place in line only while queued. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record History(String state, List<MessageView> messages, Integer queuePosition,
                          Long estimatedWaitSeconds) {
    }

    /** A stream frame: a new message. */
    public record MessageFrame(String type, MessageView message) {
        public static MessageFrame of(Message message) {
            return new MessageFrame("message", MessageView.of(message));
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
