package dev.tact.channels.whatsapp;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Spaces the requests from one phone number evenly so that no more than the configured rate go out per second
 * (Meta's throughput limit is per number; over it, the Graph API answers 130429).
 */
public final class SendRateLimiter {

    private final long intervalNanos;
    private final Map<String, Long> nextSlot = new HashMap<>();

    public SendRateLimiter(double perSecond) {
        this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    /** Waits for this number's next free slot. */
    public void acquire(String phoneNumberId) throws InterruptedException {
        long wait = reserve(phoneNumberId, System.nanoTime());
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Takes the next slot at or after {@code now} and returns how long to wait for it. */
    synchronized long reserve(String phoneNumberId, long now) {
        long slot = Math.max(now, nextSlot.getOrDefault(phoneNumberId, now));
        nextSlot.put(phoneNumberId, slot + intervalNanos);
        return slot - now;
    }
}
