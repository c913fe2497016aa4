package dev.tact.handoff.queue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitEstimateTest {

    @Test
    void ofWithoutHistoryGivesNoEstimate() {
        assertThat(WaitEstimate.of(3, List.of(), 2)).isEmpty();
    }

    @Test
    void ofScalesTheMedianHandlingTimeByPlaceAndAgents() {
        var history = List.of(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(30));
        assertThat(WaitEstimate.of(1, history, 1)).contains(Duration.ofMinutes(4));
        assertThat(WaitEstimate.of(3, history, 2)).contains(Duration.ofMinutes(6));
        assertThat(WaitEstimate.of(2, history, 0)).contains(Duration.ofMinutes(8));
    }
}
