package dev.tact.core.handoff;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a waiting conversation stands.
 *
 * @param position      1 for the next to be taken
 * @param estimatedWait an estimate from recent handling times, empty when there is no basis for one yet
 */
public record QueueTicket(int position, Optional<Duration> estimatedWait) {

    public QueueTicket {
        Objects.requireNonNull(estimatedWait, "estimatedWait must not be null");
        if (position < 1) {
            throw new IllegalArgumentException("position starts at 1, was " + position);
        }
    }
}
