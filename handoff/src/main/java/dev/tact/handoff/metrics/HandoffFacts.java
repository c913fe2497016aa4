package dev.tact.handoff.metrics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What service metrics read of one handoff.
 *
 * @param outcome       {@code closed}, {@code returned_to_bot}, {@code abandoned}, or empty while open
 * @param signals       the escalation reasons' signals
 * @param waitSeconds   from escalation to the first claim, when claimed
 * @param handleSeconds from the first claim to the resolution, when resolved
 * @param satisfaction  the customer's 1-5 answer, when given
 */
public record HandoffFacts(String outcome, List<String> signals, OptionalDouble waitSeconds,
                           OptionalDouble handleSeconds, OptionalInt satisfaction) {

    public HandoffFacts {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(waitSeconds, "waitSeconds must not be null");
        Objects.requireNonNull(handleSeconds, "handleSeconds must not be null");
        Objects.requireNonNull(satisfaction, "satisfaction must not be null");
        signals = List.copyOf(signals);
    }
}
