package dev.tact.channels.whatsapp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendRateLimiterTest {

    @Test
    void reserveSpacesOneNumbersRequestsAndLeavesOtherNumbersAlone() {
        var limiter = new SendRateLimiter(10);
        long now = 1_000_000_000L;
        assertThat(limiter.reserve("A", now)).isZero();
        assertThat(limiter.reserve("A", now)).isEqualTo(100_000_000L);
        assertThat(limiter.reserve("A", now)).isEqualTo(200_000_000L);
        assertThat(limiter.reserve("B", now)).isZero();
        // after a quiet second the number starts afresh
        assertThat(limiter.reserve("A", now + 1_000_000_000L)).isZero();
    }
}
