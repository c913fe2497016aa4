package dev.tact.handoff.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceMetricsTest {

    private static HandoffFacts facts(String outcome, List<String> signals, Double wait, Double handle,
                                      Integer score) {
        return new HandoffFacts(outcome, signals, wait == null ? OptionalDouble.empty() : OptionalDouble.of(wait),
                handle == null ? OptionalDouble.empty() : OptionalDouble.of(handle),
                score == null ? OptionalInt.empty() : OptionalInt.of(score));
    }

    @Test
    void ofComputesRatesPercentilesAndSatisfaction() {
        var metrics = ServiceMetrics.of(10, 4, List.of(
                facts("closed", List.of("human_request"), 10.0, 100.0, 5),
                facts("returned_to_bot", List.of("negative_sentiment", "human_request"), 20.0, 200.0, 3),
                facts("abandoned", List.of("low_confidence"), null, null, null),
                facts("", List.of("human_request"), 90.0, null, null)));
        assertThat(metrics.containmentRate()).isEqualTo(0.6);
        assertThat(metrics.escalationRate()).isEqualTo(0.4);
        assertThat(metrics.escalationsByReason()).containsEntry("human_request", 3L)
                .containsEntry("negative_sentiment", 1L).containsEntry("low_confidence", 1L);
        assertThat(metrics.queueWait()).isEqualTo(new ServiceMetrics.Percentiles(3, 20, 90));
        assertThat(metrics.handleTime().p50()).isEqualTo(100);
        assertThat(metrics.abandonmentRate()).isEqualTo(1 / 3.0);
        assertThat(metrics.satisfaction().answers()).isEqualTo(2);
        assertThat(metrics.satisfaction().mean()).isEqualTo(4.0);
        assertThat(metrics.satisfaction().distribution()).containsEntry(5, 1L).containsEntry(1, 0L);
    }

    @Test
    void ofWithNothingIsAllZero() {
        var metrics = ServiceMetrics.of(0, 0, List.of());
        assertThat(metrics.containmentRate()).isZero();
        assertThat(metrics.queueWait().count()).isZero();
    }
}
