package dev.tact.handoff.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * How the queue behaves; all of it is configuration.
 *
 * @param agingPerMinute        priority points a waiting conversation gains per minute, so nobody starves
 * @param reconnectTimeout      how long an agent may be disconnected before their conversations go back in line
 * @param abandonAfter          a queued customer silent this long is taken to have left
 * @param estimateSample        how many recent resolved handoffs the wait estimate reads
 */
public record QueueSettings(double agingPerMinute, Duration reconnectTimeout, Duration abandonAfter,
                            int estimateSample) {

    public QueueSettings {
        Objects.requireNonNull(reconnectTimeout, "reconnectTimeout must not be null");
        Objects.requireNonNull(abandonAfter, "abandonAfter must not be null");
        if (agingPerMinute < 0) {
            throw new IllegalArgumentException("agingPerMinute must not be negative, was " + agingPerMinute);
        }
        if (estimateSample < 1) {
            throw new IllegalArgumentException("estimateSample must be at least 1, was " + estimateSample);
        }
    }

    public static QueueSettings defaults() {
        return new QueueSettings(2.0, Duration.ofMinutes(2), Duration.ofMinutes(30), 50);
    }
}
