package dev.tact.channels.whatsapp;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an outbound WhatsApp message stands, for the agent console: the outbox's state and, once WhatsApp
 * reported on it, the last delivery status. A failure carries WhatsApp's code and title.
 *
 * @param messageId   the stored conversation message
 * @param state       {@code pending} (waiting or retrying), {@code sent} (the Graph API took it) or {@code failed}
 * @param attempts    how often it was tried
 * @param wamid       the id WhatsApp gave it, once sent
 * @param status      {@code sent}, {@code delivered}, {@code read} or {@code failed} as WhatsApp reported
 * @param errorCode   why it failed, e.g. {@code 131047}; empty when it did not
 * @param errorTitle  WhatsApp's title for the error, e.g. "Re-engagement message"
 * @param updatedAt   the last change
 */
public record Delivery(String messageId, String state, int attempts, Optional<String> wamid, Optional<String> status,
                       Optional<String> errorCode, Optional<String> errorTitle, Instant updatedAt) {

    public Delivery {
        Objects.requireNonNull(messageId, "messageId must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(wamid, "wamid must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(errorCode, "errorCode must not be null");
        Objects.requireNonNull(errorTitle, "errorTitle must not be null");
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    }

    /** True when the customer will not get the message: refused by the Graph API or reported failed by WhatsApp. */
    public boolean failed() {
        return state.equals("failed") || status.filter("failed"::equals).isPresent();
    }
}
