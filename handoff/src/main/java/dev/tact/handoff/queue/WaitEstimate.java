package dev.tact.handoff.queue;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The wait a customer can expect: the median of recent handling times, times the place in line, shared among
 * the agents online. No history, no estimate: the customer is told so rather than given an invented figure.
 * The inputs ({@link Basis}) are read once per change of the line and serve every place in it.
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    /**
     * What every estimate of one moment rests on.
     *
     * @param medianHandling the median handling time of recent handoffs, empty without history
     * @param agentsOnline   how many agents are online
     */
    public record Basis(Optional<Duration> medianHandling, int agentsOnline) {

        public Basis {
            Objects.requireNonNull(medianHandling, "medianHandling must not be null");
        }

        public static Basis of(List<Duration> recentHandlingTimes, int agentsOnline) {
            if (recentHandlingTimes.isEmpty()) {
                return new Basis(Optional.empty(), agentsOnline);
            }
            long[] millis = recentHandlingTimes.stream().mapToLong(Duration::toMillis).sorted().toArray();
            long median = millis.length % 2 == 1 ? millis[millis.length / 2]
                    : (millis[millis.length / 2 - 1] + millis[millis.length / 2]) / 2;
            return new Basis(Optional.of(Duration.ofMillis(median)), agentsOnline);
        }

        /** The estimate for a place in line. */
        public Optional<Duration> at(int position) {
            return medianHandling.map(median -> {
                long expected = median.toMillis() * position / Math.max(1, agentsOnline);
                return Duration.ofSeconds(Math.max(1, Math.round(expected / 1000.0)));
            });
        }
    }

    public static Optional<Duration> of(int position, List<Duration> recentHandlingTimes, int agentsOnline) {
        return Basis.of(recentHandlingTimes, agentsOnline).at(position);
    }
}
