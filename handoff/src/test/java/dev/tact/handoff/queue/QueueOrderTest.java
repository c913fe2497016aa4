package dev.tact.handoff.queue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QueueOrderTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private final QueueOrder order = new QueueOrder(2.0);

    static Handoff waiting(String id, int priority, Instant requestedAt) {
        return new Handoff(id, "c-" + id, HandoffState.WAITING, "care", priority, List.of(), requestedAt, "", "", "",
                Optional.empty(), Optional.empty(), "", 0);
    }

    @Test
    void sortedPutsHigherPriorityFirstThenLongerWaiting() {
        var low = waiting("low", 20, T0);
        var high = waiting("high", 80, T0.plusSeconds(30));
        var sameLater = waiting("later", 20, T0.plusSeconds(10));
        assertThat(order.sorted(List.of(low, sameLater, high), T0.plusSeconds(60)))
                .extracting(Handoff::id).containsExactly("high", "low", "later");
    }

    @Test
    void effectivePriorityGrowsWithWaiting() {
        var handoff = waiting("a", 10, T0);
        assertThat(order.effectivePriority(handoff, T0)).isEqualTo(10.0);
        assertThat(order.effectivePriority(handoff, T0.plus(Duration.ofMinutes(15)))).isEqualTo(40.0);
    }

    @Test
    void sortedLetsALongWaiterPassEvenTheMostUrgentNewcomers() {
        var old = waiting("old", 0, T0);
        Instant now = T0.plus(Duration.ofMinutes(51));
        var urgent = waiting("urgent", 100, now);
        assertThat(order.sorted(List.of(urgent, old), now)).extracting(Handoff::id).containsExactly("old", "urgent");
        assertThat(order.sorted(List.of(urgent, old), T0.plus(Duration.ofMinutes(10))))
                .extracting(Handoff::id).containsExactly("urgent", "old");
    }
}
