package dev.tact.handoff.queue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The wait a customer can expect: the median of recent handling times, times the place in line, shared among
 * the agents online. No history, no estimate: the customer is told so rather than given an invented figure.
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    public static Optional<Duration> of(int position, List<Duration> recentHandlingTimes, int agentsOnline) {
        if (recentHandlingTimes.isEmpty()) {
            return Optional.empty();
        }
        long[] millis = recentHandlingTimes.stream().mapToLong(Duration::toMillis).sorted().toArray();
        long median = millis.length % 2 == 1 ? millis[millis.length / 2]
                : (millis[millis.length / 2 - 1] + millis[millis.length / 2]) / 2;
        long expected = median * position / Math.max(1, agentsOnline);
        return Optional.of(Duration.ofSeconds(Math.max(1, Math.round(expected / 1000.0))));
    }
}
