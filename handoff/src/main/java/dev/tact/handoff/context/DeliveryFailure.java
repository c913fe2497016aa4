package dev.tact.handoff.context;

import java.util.Objects;

/**
 * Why a message did not reach the customer, as the agent console shows it (the same fields as the
 * {@code message.delivery_failed} event).
 *
 * @param code   the channel's error code, e.g. WhatsApp's {@code 131047}
 * @param detail the channel's description of the error
 * @param action what the agent can do, e.g. {@code template_required}; empty when nothing
 */
public record DeliveryFailure(String code, String detail, String action) {

    public DeliveryFailure {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(action, "action must not be null");
    }
}
