package dev.tact.handoff.testing;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.InMemoryConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.decision.Decision;
import dev.tact.core.decision.HandoffReason;
import dev.tact.core.engine.EngineTexts;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.InProcessEventBus;
import dev.tact.core.handoff.HandoffRequest;
import dev.tact.core.testing.MutableClock;
import dev.tact.core.testing.RecordingSender;
import dev.tact.handoff.context.TurnRecord;
import dev.tact.handoff.queue.AgentDesk;
import dev.tact.handoff.queue.AgentQueue;
import dev.tact.handoff.queue.CustomerMessenger;
import dev.tact.handoff.queue.DeskTexts;
import dev.tact.handoff.queue.Handoff;
import dev.tact.handoff.queue.HandoffHistory;
import dev.tact.handoff.queue.QueueNotices;
import dev.tact.handoff.queue.QueueSettings;
import dev.tact.handoff.queue.QueueSweeper;
import dev.tact.handoff.queue.Routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The handoff side wired over the in-memory stores, as {@code app} wires it over the database: queue, notices,
 * desk and sweeper, with a recording sender and every published event kept. Intent {@code lost_or_stolen_card}
 * goes to team {@code fraud}, everything else to {@code care}.
 */
public final class HandoffFixture {

    public final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    public final InMemoryConversationStore conversations = new InMemoryConversationStore();
    public final InMemoryHandoffStore handoffs = new InMemoryHandoffStore(conversations);
    public final InMemoryAgents agents = new InMemoryAgents();
    public final InMemoryTurnRecords turns = new InMemoryTurnRecords();
    public final QueueSettings settings = new QueueSettings(2.0, Duration.ofMinutes(2), Duration.ofMinutes(30), 50);
    /** How often the handling-time history was read (the wait estimate's costly input). */
    public final AtomicInteger historyReads = new AtomicInteger();
    private final HandoffHistory countedHistory = new HandoffHistory() {
        @Override
        public Optional<Handoff> latest(String conversationId) {
            return handoffs.latest(conversationId);
        }

        @Override
        public List<Handoff> resolvedSince(Instant since, int limit) {
            historyReads.incrementAndGet();
            return handoffs.resolvedSince(since, limit);
        }
    };
    public final AgentQueue queue = new AgentQueue(handoffs, countedHistory, handoffs, agents, turns,
            new Routing(Map.of("lost_or_stolen_card", "fraud"), Map.of(), "care"), settings, clock);
    public final RecordingSender sender = new RecordingSender(Channel.WEB);
    public final InProcessEventBus events = new InProcessEventBus();
    public final List<ConversationEvent> published = new CopyOnWriteArrayList<>();
    public final CustomerMessenger messenger = new CustomerMessenger(conversations, events, List.of(sender), clock);
    public final QueueNotices notices = new QueueNotices(queue, handoffs, handoffs, conversations, messenger,
            EngineTexts.defaults());
    public final AgentDesk desk = new AgentDesk(handoffs, handoffs, agents, conversations, queue, notices,
            messenger, events, DeskTexts.defaults(), clock);
    /** The conversations whose customer still has the chat open. */
    public final Set<String> present = new CopyOnWriteArraySet<>();
    public final QueueSweeper sweeper = new QueueSweeper(handoffs, agents, desk, conversations, present::contains,
            settings, clock);

    public HandoffFixture() {
        events.subscribe(published::add);
    }

    public void agent(String name, int capacity, String... teams) {
        agents.add(name, capacity, clock.instant(), teams);
    }

    /**
     * A conversation the engine escalated: customer message, its analysis, the request through the queue (which
     * moves it to queued), and the customers it moved back told, as the app's listener does on
     * {@code handoff.requested}. The clock moves on a second.
     */
    public String escalated(String text, String intent, int priority) {
        String id = UUID.randomUUID().toString();
        conversations.create(new Conversation(id, Channel.WEB, "web-" + id, "Ada", "", ConversationState.BOT,
                clock.instant(), clock.instant()));
        Message message = conversations.append(new Message(UUID.randomUUID().toString(), id, 0, Role.CUSTOMER,
                MessageKind.TEXT, text, "m-" + id, "", clock.instant())).orElseThrow();
        var reasons = List.of(new HandoffReason("human_request", 0.9, 0.5, "asked for a person"));
        turns.save(TurnRecord.of(message, new Analysis(List.of(new IntentScore(intent, 0.9)), 0.1, -0.4, Map.of(),
                Map.of(), "test"), new Decision.Escalate(reasons, priority)));
        queue.enqueue(new HandoffRequest(id, reasons, priority, HandoffRequest.DEFAULT_TEAM, clock.instant()));
        notices.arrived(id);
        clock.advance(Duration.ofSeconds(1));
        return id;
    }

    public List<String> systemTexts(String conversationId) {
        return conversations.messages(conversationId).stream().filter(message -> message.role() == Role.SYSTEM)
                .map(Message::text).toList();
    }

    /** The events after which a conversation has a new owner, in the order published. */
    public List<ConversationEvent.OwnerChanged> ownerChanges() {
        return published.stream().filter(ConversationEvent.OwnerChanged.class::isInstance)
                .map(ConversationEvent.OwnerChanged.class::cast).toList();
    }

    public ConversationState stateOf(String conversationId) {
        return conversations.find(conversationId).orElseThrow().state();
    }
}
