package dev.tact.core.channel;

import java.util.Objects;

/**
 * What a channel did with a message at the moment it was handed over; never more than it knows. A channel that
 * confirms delivery later (WhatsApp's status callbacks) reports it separately: {@code send} never says
 * {@link Status#DELIVERED} for a message that only sits in an outbox.
 *
 * @param status what happened
 * @param detail a short explanation (never customer text)
 */
public record SendResult(Status status, String detail) {

    public enum Status {
        /**
         * Accepted into a durable outbox (or kept for a retry); a worker sends it, retrying on transient failures.
         * Not yet with the channel, let alone with the customer.
         */
        QUEUED,
        /** The channel's API took the message; whether it reached the customer is not known yet. */
        SENT,
        /** The channel confirmed the message reached the customer. */
        DELIVERED,
        /** The channel refused the message for good, or it could not be handed over; {@code detail} says why. */
        FAILED
    }

    public SendResult {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    public static SendResult queued(String detail) {
        return new SendResult(Status.QUEUED, detail);
    }

    public static SendResult sent(String detail) {
        return new SendResult(Status.SENT, detail);
    }

    public static SendResult failed(String reason) {
        return new SendResult(Status.FAILED, reason);
    }

    /** True unless the message was refused: it is queued, with the channel, or delivered. */
    public boolean accepted() {
        return status != Status.FAILED;
    }
}
