package dev.tact.channels.whatsapp;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @Test
    void delayDoublesWithJitterUpToTheCap() {
        var backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.delay(1).toMillis()).isBetween(500L, 1000L);
            assertThat(backoff.delay(3).toMillis()).isBetween(2000L, 4000L);
            assertThat(backoff.delay(20).toMillis()).isBetween(15_000L, 30_000L);
        }
    }

    @Test
    void delayVaries() {
        var backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        long distinct = java.util.stream.IntStream.range(0, 50).mapToLong(i -> backoff.delay(4).toMillis()).distinct()
                .count();
        assertThat(distinct).isGreaterThan(5);
    }
}
