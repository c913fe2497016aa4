package dev.tact.core.conversation;

import java.time.Instant;
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
 */
public record Message(String id, String conversationId, long seq, Role role, MessageKind kind, String text,
                     String externalId, String intent, Instant at) {

    public Message {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(conversationId, "conversationId must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(externalId, "externalId must not be null");
        Objects.requireNonNull(intent, "intent must not be null");
        Objects.requireNonNull(at, "at must not be null");
    }

    public Message withSeq(long assigned) {
        return new Message(id, conversationId, assigned, role, kind, text, externalId, intent, at);
    }

    public boolean fromCustomer() {
        return role == Role.CUSTOMER;
    }
}
