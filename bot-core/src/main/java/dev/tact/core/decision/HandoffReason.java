package dev.tact.core.decision;

import java.util.Objects;

/**
 * Why the policy did not simply answer: the signal, the figure it had and the threshold that figure crossed.
 *
 * @param signal    the signal's name, e.g. {@code low_confidence}, {@code negative_sentiment}, {@code human_request}
 * @param value     the figure measured on this turn
 * @param threshold the configured threshold it crossed
 * @param detail    a short human-readable explanation for the agent
 */
public record HandoffReason(String signal, double value, double threshold, String detail) {

    public HandoffReason {
        Objects.requireNonNull(signal, "signal must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }
}
