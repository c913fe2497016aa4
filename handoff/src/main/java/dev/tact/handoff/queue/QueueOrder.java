package dev.tact.handoff.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Most urgent first, where urgency is the escalation's priority plus what the conversation gained by waiting.
 * Every waiting conversation gains at the same rate, so one that waited {@code (100 - p) / rate} minutes can no
 * longer be overtaken by anyone: nobody starves.
 */
public final class QueueOrder {

    private final double agingPerMinute;

    public QueueOrder(double agingPerMinute) {
        this.agingPerMinute = agingPerMinute;
    }

    /** The priority the queue orders by now. */
    public double effectivePriority(Handoff handoff, Instant now) {
        Duration waited = handoff.waiting(now);
        return handoff.priority() + agingPerMinute * waited.toMillis() / 60_000.0;
    }

    public Comparator<Handoff> at(Instant now) {
        return Comparator.comparingDouble((Handoff handoff) -> effectivePriority(handoff, now)).reversed()
                .thenComparing(Handoff::requestedAt)
                .thenComparing(Handoff::id);
    }

    public List<Handoff> sorted(Collection<Handoff> waiting, Instant now) {
        return waiting.stream().sorted(at(now)).toList();
    }
}
