package dev.tact.channels.whatsapp;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to the Graph API's {@code /{phone-number-id}/messages}, stored before it is sent.
 *
 * @param key            what makes it unique: {@code message:<message id>} for a conversation message (so that
 *                       sending it again adds nothing), {@code read:<wamid>} for a read receipt
 * @param conversationId the conversation it belongs to, or an empty string
 * @param messageId      the stored message it sends, or an empty string (read receipts, templates)
 * @param phoneNumberId  the business number it is sent from
 * @param recipient      the customer's WhatsApp id; messages to one recipient go out in the order they were stored
 * @param kind           {@code text}, {@code interactive}, {@code template} or {@code read}
 * @param payload        the JSON body for the Graph API
 * @param createdAt      when it was stored
 */
public record OutboxEntry(String key, String conversationId, String messageId, String phoneNumberId, String recipient,
                          String kind, String payload, Instant createdAt) {

    public OutboxEntry {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(conversationId, "conversationId must not be null");
        Objects.requireNonNull(messageId, "messageId must not be null");
        Objects.requireNonNull(phoneNumberId, "phoneNumberId must not be null");
        Objects.requireNonNull(recipient, "recipient must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(payload, "payload must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
    }

    public boolean readReceipt() {
        return kind.equals(OutboundPayloads.READ);
    }
}
