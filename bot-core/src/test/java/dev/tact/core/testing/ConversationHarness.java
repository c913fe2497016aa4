package dev.tact.core.testing;

import dev.tact.core.analysis.Analyzer;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.InMemoryConversationStore;
import dev.tact.core.conversation.InboundMessage;
import dev.tact.core.conversation.Message;
import dev.tact.core.decision.HandoffPolicy;
import dev.tact.core.decision.PolicySettings;
import dev.tact.core.decision.ResponseCatalog;
import dev.tact.core.decision.ThresholdHandoffPolicy;
import dev.tact.core.engine.ConversationEngine;
import dev.tact.core.engine.EngineTexts;
import dev.tact.core.engine.TurnResult;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.InProcessEventBus;
import dev.tact.core.handoff.InMemoryHandoffQueue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives whole dialogues through a real {@link ConversationEngine} without HTTP:
 * {@code harness.send("hello").expectReply("Hello!").expectState(BOT)}.
 */
public final class ConversationHarness {

    private final InMemoryConversationStore store;
    private final InMemoryHandoffQueue queue;
    private final InProcessEventBus events = new InProcessEventBus();
    private final List<ConversationEvent> published = new CopyOnWriteArrayList<>();
    private final RecordingSender sender = new RecordingSender(Channel.WEB);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final ConversationEngine engine;
    private final String user;
    private TurnResult last;

    public ConversationHarness(Analyzer analyzer, ResponseCatalog responses) {
        this(analyzer, new ThresholdHandoffPolicy(PolicySettings.defaults(), responses),
                new InMemoryConversationStore());
    }

    public ConversationHarness(Analyzer analyzer, HandoffPolicy policy, InMemoryConversationStore store) {
        this(analyzer, policy, store, UUID.randomUUID().toString());
    }

    public ConversationHarness(Analyzer analyzer, HandoffPolicy policy, InMemoryConversationStore store,
                               String user) {
        this(analyzer, policy, store, store, user);
    }

    /**
     * A harness whose engine reads and writes conversations through {@code engineView} (e.g. a wrapper that counts
     * lookups) while the in-memory queue moves states in {@code store} underneath it.
     */
    public ConversationHarness(Analyzer analyzer, HandoffPolicy policy, ConversationStore engineView,
                               InMemoryConversationStore store, String user) {
        this.store = store;
        this.queue = new InMemoryHandoffQueue(store);
        this.user = user;
        events.subscribe(published::add);
        engine = new ConversationEngine(engineView, analyzer, policy, queue, List.of(sender), events, clock,
                EngineTexts.defaults());
    }

    /** The customer sends a message with a fresh external id. */
    public ConversationHarness send(String text) {
        return send(text, UUID.randomUUID().toString());
    }

    /** The customer sends a message with the given external id (to test redeliveries). */
    public ConversationHarness send(String text, String externalId) {
        clock.advance(Duration.ofSeconds(5));
        last = engine.receive(new InboundMessage(Channel.WEB, user, externalId, text, "Ada", clock.instant()));
        return this;
    }

    /**
     * The customer sends a message of a conversation the caller read before (the web chat's path, which reads it to
     * check the customer's token), possibly a stale copy.
     */
    public ConversationHarness sendIn(Conversation read, String text) {
        clock.advance(Duration.ofSeconds(5));
        last = engine.receive(read, new InboundMessage(Channel.WEB, user, UUID.randomUUID().toString(), text, "Ada",
                clock.instant()));
        return this;
    }

    public ConversationHarness expectReply(String text) {
        assertThat(last.replies()).extracting(Message::text).containsExactly(text);
        return this;
    }

    public ConversationHarness expectReplyContaining(String fragment) {
        assertThat(last.replies()).hasSize(1);
        assertThat(last.replies().get(0).text()).contains(fragment);
        return this;
    }

    public ConversationHarness expectSilence() {
        assertThat(last.replies()).isEmpty();
        return this;
    }

    public ConversationHarness expectState(ConversationState state) {
        assertThat(last.conversation().state()).isEqualTo(state);
        assertThat(store.find(last.conversation().id())).get().extracting(Conversation::state).isEqualTo(state);
        return this;
    }

    public ConversationHarness expectDecision(String name) {
        assertThat(last.decision()).get().extracting(d -> d.name()).isEqualTo(name);
        return this;
    }

    /** An agent (or the queue) moves the conversation through the handoff side, as the handoff module does. */
    public ConversationHarness moveTo(ConversationState from, ConversationState to) {
        String id = last.conversation().id();
        boolean moved = from == ConversationState.QUEUED ? queue.take(id, to, clock.instant())
                : queue.finish(id, to, clock.instant());
        assertThat(moved).as("%s -> %s", from, to).isTrue();
        return this;
    }

    public TurnResult last() {
        return last;
    }

    public ConversationStore store() {
        return store;
    }

    public InMemoryHandoffQueue queue() {
        return queue;
    }

    public List<ConversationEvent> published() {
        return List.copyOf(published);
    }

    public RecordingSender sender() {
        return sender;
    }

    public ConversationEngine engine() {
        return engine;
    }
}
