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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The line of conversations waiting for a person, durable in a {@link HandoffStore}: routed to a team, ordered
 * by priority with aging ({@link QueueOrder}), each team's line on its own, with a wait estimate from recent
 * handling times. It is the engine's {@link HandoffQueue}.
 */
public final class AgentQueue implements HandoffQueue {

    private final HandoffStore store;
    private final AgentDirectory agents;
    private final TurnRecordStore turns;
    private final Routing routing;
    private final QueueSettings settings;
    private final QueueOrder order;
    private final Clock clock;

    public AgentQueue(HandoffStore store, AgentDirectory agents, TurnRecordStore turns, Routing routing,
                      QueueSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store must not be null");
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
        Handoff stored = store.enqueue(new Handoff(UUID.randomUUID().toString(), request.conversationId(),
                HandoffState.WAITING, team, request.priority(), request.reasons(), request.requestedAt(), "", "", "",
                Optional.empty(), Optional.empty(), "", 0));
        QueueTicket ticket = ticket(request.conversationId())
                .orElseThrow(() -> new IllegalStateException("a queued conversation vanished from the queue"));
        store.told(stored.id(), ticket.position());
        return ticket;
    }

    private static String intentOf(TurnRecord record) {
        return record.analysis().top().intent();
    }

    @Override
    public Optional<QueueTicket> ticket(String conversationId) {
        return entries().stream().filter(entry -> entry.handoff().conversationId().equals(conversationId))
                .findFirst().map(entry -> new QueueTicket(entry.position(), estimate(entry.position())));
    }

    /** Every waiting conversation, most urgent first, each with its place in its own team's line. */
    public List<QueueEntry> entries() {
        Instant now = clock.instant();
        List<QueueEntry> entries = new ArrayList<>();
        List<Handoff> sorted = order.sorted(store.waiting(), now);
        for (Handoff handoff : sorted) {
            int position = 1 + (int) entries.stream()
                    .filter(ahead -> ahead.handoff().team().equals(handoff.team())).count();
            entries.add(new QueueEntry(handoff, position, order.effectivePriority(handoff, now),
                    handoff.waiting(now).toSeconds()));
        }
        return entries;
    }

    /** The waiting conversations of the given teams, most urgent first. */
    public List<QueueEntry> entries(Set<String> teams) {
        return entries().stream().filter(entry -> teams.contains(entry.handoff().team())).toList();
    }

    private Optional<Duration> estimate(int position) {
        Instant since = clock.instant().minus(Duration.ofDays(7));
        List<Duration> handled = store.resolvedSince(since, settings.estimateSample()).stream()
                .filter(handoff -> handoff.firstClaimedAt().isPresent() && handoff.resolvedAt().isPresent())
                .map(handoff -> Duration.between(handoff.firstClaimedAt().get(), handoff.resolvedAt().get()))
                .toList();
        return WaitEstimate.of(position, handled, agents.withPresence(Presence.ONLINE).size());
    }
}
