package dev.tact.channels.whatsapp;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of {@code first × 2^(n-1)}, capped at
 * {@code max}, so that many messages failing together do not come back together.
 */
public record Backoff(Duration first, Duration max) {

    public Duration delay(int attempt) {
        long ceiling = first.toMillis();
        for (int i = 1; i < attempt && ceiling < max.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, max.toMillis());
        if (ceiling <= 1) {
            return Duration.ofMillis(ceiling);
        }
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
