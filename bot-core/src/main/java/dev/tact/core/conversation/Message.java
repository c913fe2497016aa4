package dev.tact.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation.
 *
 * @param id             opaque identifier
 * @param conversationId the conversation it belongs to
 * @param seq            order within the store, assigned when stored (0 before)
 * @param role           who wrote it
 * @param kind           what it is for
 * @param text           the text, never null
 * @param externalId     the channel's id of the message (used to drop redelivered duplicates), or an empty string
 * @param intent         the intent a bot answer was for, or an empty string
 * @param at             when it was received or written
 * @param choices        replies the bot offers with this message (a person, the likeliest topics), in order; empty
 *                       for most messages
 */
public record Message(String id, String conversationId, long seq, Role role, MessageKind kind, String text,
                     String externalId, String intent, Instant at, List<Choice> choices) {

    /** A message without choices. */
    public Message(String id, String conversationId, long seq, Role role, MessageKind kind, String text,
                   String externalId, String intent, Instant at) {
        this(id, conversationId, seq, role, kind, text, externalId, intent, at, List.of());
    }

    public Message {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(conversationId, "conversationId must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(externalId, "externalId must not be null");
        Objects.requireNonNull(intent, "intent must not be null");
        Objects.requireNonNull(at, "at must not be null");
        choices = List.copyOf(choices);
    }

    public Message withSeq(long assigned) {
        return new Message(id, conversationId, assigned, role, kind, text, externalId, intent, at, choices);
    }

    public boolean fromCustomer() {
        return role == Role.CUSTOMER;
    }
}
