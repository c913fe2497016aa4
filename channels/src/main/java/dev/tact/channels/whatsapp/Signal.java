package dev.tact.channels.whatsapp;

import java.util.concurrent.TimeUnit;

/** Wakes a polling worker early when there is new work; a wake-up before the wait is not lost. */
final class Signal {

    private boolean raised;

    synchronized void raise() {
        raised = true;
        notifyAll();
    }

    /** Waits until raised or the time is up, and lowers the signal. */
    synchronized void await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!raised) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        raised = false;
    }
}
