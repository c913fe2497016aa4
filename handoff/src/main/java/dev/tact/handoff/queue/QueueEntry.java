package dev.tact.handoff.queue;

import java.util.Objects;

/**
 * A waiting handoff as the queue shows it.
 *
 * @param handoff           the handoff
 * @param position          its place in its team's line, from 1
 * @param effectivePriority its priority with what it gained by waiting
 * @param waitingSeconds    how long it has waited
 */
public record QueueEntry(Handoff handoff, int position, double effectivePriority, long waitingSeconds) {

    public QueueEntry {
        Objects.requireNonNull(handoff, "handoff must not be null");
    }
}
