package dev.tact.core.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One customer's conversation on one channel.
 *
 * @param id              opaque identifier
 * @param channel         the channel the customer uses
 * @param externalUserId  the customer's identity on that channel (e.g. a WhatsApp wa_id); unique per channel
 * @param customerName    the name the customer gave, or an empty string
 * @param accessTokenHash SHA-256 (hex) of the customer's bearer token, or an empty string when the channel
 *                        authenticates otherwise
 * @param state           who owns the conversation
 * @param createdAt       when it was opened
 * @param updatedAt       the last change of state or message
 */
public record Conversation(String id, Channel channel, String externalUserId, String customerName,
                           String accessTokenHash, ConversationState state, Instant createdAt, Instant updatedAt) {

    public Conversation {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(externalUserId, "externalUserId must not be null");
        Objects.requireNonNull(customerName, "customerName must not be null");
        Objects.requireNonNull(accessTokenHash, "accessTokenHash must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    }

    public Conversation withState(ConversationState next, Instant at) {
        return new Conversation(id, channel, externalUserId, customerName, accessTokenHash, next, createdAt, at);
    }
}
