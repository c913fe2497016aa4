package dev.tact.core.channel;

import java.util.Objects;

/**
 * The outcome of handing a message to a channel.
 *
 * @param status what happened
 * @param detail a short explanation (never customer text)
 */
public record SendResult(Status status, String detail) {

    public enum Status {
        /** The channel took the message (or, for the web chat, the customer reads it from history or the stream). */
        DELIVERED,
        /** A transient failure; the channel will retry or the message waits in an outbox. */
        PENDING,
        /** The channel refused the message for good. */
        FAILED
    }

    public SendResult {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    public static SendResult delivered(String detail) {
        return new SendResult(Status.DELIVERED, detail);
    }
}
