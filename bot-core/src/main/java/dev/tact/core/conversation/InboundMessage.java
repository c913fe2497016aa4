package dev.tact.core.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer message as a channel adapter hands it to the engine, already authenticated and size-checked.
 *
 * @param channel           the channel it came on
 * @param externalUserId    the customer's identity on that channel; for the web chat, the conversation id
 * @param externalMessageId the channel's id of the message; a redelivery with the same id is dropped
 * @param text              the customer's text
 * @param customerName      the name the channel knows the customer by, or an empty string
 * @param receivedAt        when the channel received it
 */
public record InboundMessage(Channel channel, String externalUserId, String externalMessageId, String text,
                             String customerName, Instant receivedAt) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(externalUserId, "externalUserId must not be null");
        Objects.requireNonNull(externalMessageId, "externalMessageId must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(customerName, "customerName must not be null");
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        if (externalMessageId.isBlank()) {
            throw new IllegalArgumentException("externalMessageId must not be blank");
        }
    }
}
