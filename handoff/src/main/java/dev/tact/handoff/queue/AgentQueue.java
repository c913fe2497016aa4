package dev.tact.handoff.queue;

import dev.tact.core.handoff.HandoffQueue;
import dev.tact.core.handoff.HandoffRequest;
import dev.tact.core.handoff.QueueTicket;
import dev.tact.handoff.context.TurnRecord;
import dev.tact.handoff.context.TurnRecordStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The line of conversations waiting for a person, durable in a {@link HandoffLine}: routed to a team, ordered
 * by priority with aging ({@link QueueOrder}), each team's line on its own, with a wait estimate from recent
 * handling times. It is the engine's {@link HandoffQueue}, so the line (not the engine) moves a conversation's
 * state, together with its handoff. The line and the estimate's inputs are read once per question
 * ({@link #snapshot()}), not once per waiting customer.
 */
public final class AgentQueue implements HandoffQueue {

    private final HandoffLine line;
    private final HandoffHistory history;
    private final ToldPositions told;
    private final AgentDirectory agents;
    private final TurnRecordStore turns;
    private final Routing routing;
    private final QueueSettings settings;
    private final QueueOrder order;
    private final Clock clock;

    public AgentQueue(HandoffLine line, HandoffHistory history, ToldPositions told, AgentDirectory agents,
                      TurnRecordStore turns, Routing routing, QueueSettings settings, Clock clock) {
        this.line = Objects.requireNonNull(line, "line must not be null");
        this.history = Objects.requireNonNull(history, "history must not be null");
        this.told = Objects.requireNonNull(told, "told must not be null");
        this.agents = Objects.requireNonNull(agents, "agents must not be null");
        this.turns = Objects.requireNonNull(turns, "turns must not be null");
        this.routing = Objects.requireNonNull(routing, "routing must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.order = new QueueOrder(settings.agingPerMinute());
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public QueueTicket enqueue(HandoffRequest request) {
        String team = request.team();
        if (team.equals(HandoffRequest.DEFAULT_TEAM)) {
            String intent = turns.latest(request.conversationId()).map(AgentQueue::intentOf).orElse("");
            team = routing.team(request.reasons(), intent);
        }
        Handoff stored = line.enqueue(new Handoff(UUID.randomUUID().toString(), request.conversationId(),
                HandoffState.WAITING, team, request.priority(), request.reasons(), request.requestedAt(), "", "", "",
                Optional.empty(), Optional.empty(), "", 0));
        QueueTicket ticket = ticket(request.conversationId())
                .orElseThrow(() -> new IllegalStateException("a queued conversation vanished from the queue"));
        told.told(stored.id(), ticket.position());
        return ticket;
    }

    private static String intentOf(TurnRecord record) {
        return record.analysis().top().intent();
    }

    @Override
    public Optional<QueueTicket> ticket(String conversationId) {
        return snapshot().ticket(conversationId);
    }

    @Override
    public boolean reopen(String conversationId, Instant at) {
        return line.reopen(conversationId, at);
    }

    /** Every waiting conversation, most urgent first, each with its place in its own team's line. */
    public List<QueueEntry> entries() {
        return entries(clock.instant());
    }

    /** The waiting conversations of the given teams, most urgent first. */
    public List<QueueEntry> entries(Set<String> teams) {
        return entries().stream().filter(entry -> teams.contains(entry.handoff().team())).toList();
    }

    /** The line now with the wait estimate's inputs, each read once. */
    public Snapshot snapshot() {
        Instant now = clock.instant();
        return new Snapshot(entries(now), basis(now), order.at(now));
    }

    private List<QueueEntry> entries(Instant now) {
        List<QueueEntry> entries = new ArrayList<>();
        Map<String, Integer> places = new HashMap<>();
        for (Handoff handoff : order.sorted(line.waiting(), now)) {
            int position = places.merge(handoff.team(), 1, Integer::sum);
            entries.add(new QueueEntry(handoff, position, order.effectivePriority(handoff, now),
                    handoff.waiting(now).toSeconds()));
        }
        return entries;
    }

    private WaitEstimate.Basis basis(Instant now) {
        List<Duration> handled = history.resolvedSince(now.minus(Duration.ofDays(7)), settings.estimateSample())
                .stream()
                .filter(handoff -> handoff.firstClaimedAt().isPresent() && handoff.resolvedAt().isPresent())
                .map(handoff -> Duration.between(handoff.firstClaimedAt().get(), handoff.resolvedAt().get()))
                .toList();
        return WaitEstimate.Basis.of(handled, agents.withPresence(Presence.ONLINE).size());
    }

    /**
     * The line at one moment: its entries, most urgent first, the wait estimate's inputs, and the order they were
     * sorted by.
     */
    public record Snapshot(List<QueueEntry> entries, WaitEstimate.Basis basis, Comparator<Handoff> order) {

        public Snapshot {
            entries = List.copyOf(entries);
            Objects.requireNonNull(basis, "basis must not be null");
            Objects.requireNonNull(order, "order must not be null");
        }

        public QueueTicket ticket(QueueEntry entry) {
            return new QueueTicket(entry.position(), basis.at(entry.position()));
        }

        public Optional<QueueTicket> ticket(String conversationId) {
            return entries.stream().filter(entry -> entry.handoff().conversationId().equals(conversationId))
                    .findFirst().map(this::ticket);
        }

        /**
         * The entries whose place an arrival or departure of {@code moved} changed: those of its team that come
         * after it in the order.
         */
        public List<QueueEntry> behind(Handoff moved) {
            return entries.stream().filter(entry -> entry.handoff().team().equals(moved.team()))
                    .filter(entry -> !entry.handoff().id().equals(moved.id()))
                    .filter(entry -> order.compare(entry.handoff(), moved) > 0)
                    .toList();
        }
    }
}
