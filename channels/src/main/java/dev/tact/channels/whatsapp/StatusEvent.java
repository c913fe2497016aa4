package dev.tact.channels.whatsapp;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A delivery status of a message Tact sent: {@code sent}, {@code delivered}, {@code read} or {@code failed} (with
 * WhatsApp's error code and title).
 *
 * @param wamid       the id the Graph API gave the outbound message
 * @param recipientId the customer's WhatsApp id
 * @param status      what happened
 * @param at          WhatsApp's timestamp
 * @param errorCode   for {@code failed}: e.g. {@code 131047} (more than 24 hours since the customer wrote)
 * @param errorTitle  for {@code failed}: WhatsApp's title of the error
 */
public record StatusEvent(String wamid, String recipientId, Status status, Instant at, Optional<String> errorCode,
                          Optional<String> errorTitle) {

    /** The statuses in the order they can follow each other; {@code FAILED} is final. */
    public enum Status {
        SENT, DELIVERED, READ, FAILED;

        /** A later status never goes back to an earlier one (deliveries may come out of order). */
        public int rank() {
            return ordinal() + 1;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Status> of(String id) {
            for (Status status : values()) {
                if (status.id().equals(id)) {
                    return Optional.of(status);
                }
            }
            return Optional.empty();
        }
    }

    public StatusEvent {
        Objects.requireNonNull(wamid, "wamid must not be null");
        Objects.requireNonNull(recipientId, "recipientId must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(errorCode, "errorCode must not be null");
        Objects.requireNonNull(errorTitle, "errorTitle must not be null");
    }
}
