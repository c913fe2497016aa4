package dev.tact.core.handoff;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A handoff queue in memory, for the {@code simulate} command and tests: most urgent first, then longest
 * waiting. It has no handling history, so it gives no wait estimate.
 */
public final class InMemoryHandoffQueue implements HandoffQueue {

    static final Comparator<HandoffRequest> ORDER = Comparator.comparingInt(HandoffRequest::priority).reversed()
            .thenComparing(HandoffRequest::requestedAt);

    private final Map<String, HandoffRequest> waiting = new LinkedHashMap<>();

    @Override
    public synchronized QueueTicket enqueue(HandoffRequest request) {
        waiting.put(request.conversationId(), request);
        return ticket(request.conversationId()).orElseThrow();
    }

    @Override
    public synchronized Optional<QueueTicket> ticket(String conversationId) {
        HandoffRequest mine = waiting.get(conversationId);
        if (mine == null) {
            return Optional.empty();
        }
        long ahead = waiting.values().stream().filter(other -> ORDER.compare(other, mine) < 0).count();
        return Optional.of(new QueueTicket((int) ahead + 1, Optional.empty()));
    }

    /** Takes a conversation out of the line (an agent took it, or the customer left). */
    public synchronized boolean remove(String conversationId) {
        return waiting.remove(conversationId) != null;
    }

    /** The waiting conversations, most urgent first. */
    public synchronized List<HandoffRequest> waiting() {
        return waiting.values().stream().sorted(ORDER).toList();
    }
}
