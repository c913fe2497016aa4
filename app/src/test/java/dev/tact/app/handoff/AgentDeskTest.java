package dev.tact.app.handoff;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.persistence.JdbcAccounts;
import dev.tact.app.persistence.JdbcConversationStore;
import dev.tact.app.persistence.JdbcHandoffStore;
import dev.tact.app.persistence.JdbcTurnRecords;
import dev.tact.app.security.Account;
import dev.tact.app.support.Databases;
import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.decision.Decision;
import dev.tact.core.decision.HandoffReason;
import dev.tact.core.engine.EngineTexts;
import dev.tact.core.event.InProcessEventBus;
import dev.tact.core.handoff.HandoffRequest;
import dev.tact.core.testing.MutableClock;
import dev.tact.core.testing.RecordingSender;
import dev.tact.handoff.HandoffException;
import dev.tact.handoff.context.TurnRecord;
import dev.tact.handoff.queue.AgentDesk;
import dev.tact.handoff.queue.AgentQueue;
import dev.tact.handoff.queue.CustomerMessenger;
import dev.tact.handoff.queue.DeskTexts;
import dev.tact.handoff.queue.HandoffState;
import dev.tact.handoff.queue.Presence;
import dev.tact.handoff.queue.QueueNotices;
import dev.tact.handoff.queue.QueueSettings;
import dev.tact.handoff.queue.QueueSweeper;
import dev.tact.handoff.queue.Routing;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The queue logic (routing, positions, estimates, notices, timeouts, abandonment) over the real JDBC stores. */
class AgentDeskTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final HikariDataSource dataSource = Databases.migrated(Databases.h2MemoryUrl(), "sa");
    private final JdbcConversationStore conversations = new JdbcConversationStore(dataSource);
    private final JdbcHandoffStore handoffs = new JdbcHandoffStore(dataSource, JSON);
    private final JdbcAccounts accounts = new JdbcAccounts(dataSource);
    private final JdbcTurnRecords turns = new JdbcTurnRecords(dataSource, JSON);
    private final QueueSettings settings = new QueueSettings(2.0, Duration.ofMinutes(2), Duration.ofMinutes(30), 50);
    private final AgentQueue queue = new AgentQueue(handoffs, accounts, turns,
            new Routing(Map.of("lost_or_stolen_card", "fraud"), Map.of(), "care"), settings, clock);
    private final RecordingSender sender = new RecordingSender(Channel.WEB);
    private final InProcessEventBus events = new InProcessEventBus();
    private final CustomerMessenger messenger = new CustomerMessenger(conversations, events, List.of(sender), clock);
    private final QueueNotices notices = new QueueNotices(queue, handoffs, conversations, messenger,
            EngineTexts.defaults());
    private final AgentDesk desk = new AgentDesk(handoffs, accounts, conversations, queue, notices, messenger, events,
            DeskTexts.defaults(), clock);
    private final Set<String> watching = new java.util.concurrent.CopyOnWriteArraySet<>();
    private final QueueSweeper sweeper = new QueueSweeper(handoffs, accounts, desk, conversations, notices, events,
            watching::contains, settings, clock);

    @AfterEach
    void close() {
        dataSource.close();
    }

    private void agent(String name, int capacity, String... teams) {
        accounts.create(new Account(name, "x", Set.of(Account.AGENT), Set.of(teams), capacity), clock.instant());
    }

    /** A conversation the engine escalated: customer message, its analysis, the request, state queued. */
    private String escalated(String text, String intent, int priority) {
        String id = UUID.randomUUID().toString();
        conversations.create(new Conversation(id, Channel.WEB, "web-" + id, "Ada", "", ConversationState.BOT,
                clock.instant(), clock.instant()));
        Message message = conversations.append(new Message(UUID.randomUUID().toString(), id, 0, Role.CUSTOMER,
                MessageKind.TEXT, text, "m-" + id, "", clock.instant())).orElseThrow();
        var reasons = List.of(new HandoffReason("human_request", 0.9, 0.5, "asked for a person"));
        turns.save(TurnRecord.of(message, new Analysis(List.of(new IntentScore(intent, 0.9)), 0.1, -0.4, Map.of(),
                Map.of(), "test"), new Decision.Escalate(reasons, priority)));
        queue.enqueue(new HandoffRequest(id, reasons, priority, HandoffRequest.DEFAULT_TEAM, clock.instant()));
        conversations.transition(id, ConversationState.BOT, ConversationState.QUEUED, clock.instant());
        clock.advance(Duration.ofSeconds(1));
        return id;
    }

    private List<String> systemTexts(String conversationId) {
        return conversations.messages(conversationId).stream().filter(message -> message.role() == Role.SYSTEM)
                .map(Message::text).toList();
    }

    @Test
    void enqueueRoutesByIntentAndCountsPlacesPerTeam() {
        String fraud = escalated("my card was stolen", "lost_or_stolen_card", 50);
        String care1 = escalated("talk to someone", "none", 30);
        String care2 = escalated("a person please", "none", 80);
        assertThat(handoffs.open(fraud).orElseThrow().team()).isEqualTo("fraud");
        assertThat(queue.ticket(fraud).orElseThrow().position()).isEqualTo(1);
        assertThat(queue.ticket(care2).orElseThrow().position()).isEqualTo(1);
        assertThat(queue.ticket(care1).orElseThrow().position()).isEqualTo(2);
        assertThat(queue.ticket(care1).orElseThrow().estimatedWait()).isEmpty();
    }

    @Test
    void claimChecksTeamAndCapacity() {
        agent("ada", 1, "care");
        String fraud = escalated("my card was stolen", "lost_or_stolen_card", 50);
        String first = escalated("talk to someone", "none", 30);
        String second = escalated("a person please", "none", 30);
        assertThatThrownBy(() -> desk.claim("ada", fraud)).isInstanceOf(HandoffException.class)
                .hasMessageContaining("fraud");
        desk.claim("ada", first);
        assertThatThrownBy(() -> desk.claim("ada", second)).isInstanceOf(HandoffException.class)
                .extracting(e -> ((HandoffException) e).code()).isEqualTo("at_capacity");
        assertThatThrownBy(() -> desk.claim("nobody", second)).isInstanceOf(HandoffException.class)
                .extracting(e -> ((HandoffException) e).kind()).isEqualTo(HandoffException.Kind.FORBIDDEN);
    }

    @Test
    void waitingCustomersAreToldWhenTheirPlaceChangesMeaningfully() {
        agent("ada", 5, "care");
        String a = escalated("talk to someone", "none", 30);
        String b = escalated("a person please", "none", 30);
        String c = escalated("a human", "none", 30);
        desk.claim("ada", a);
        assertThat(systemTexts(b)).contains("You are next in line. I can't estimate the wait yet.");
        assertThat(systemTexts(c)).noneMatch(text -> text.contains("number"));
        assertThat(sender.sent()).anyMatch(message -> message.conversationId().equals(b)
                && message.kind() == MessageKind.QUEUE_UPDATE);
    }

    @Test
    void waitingCustomersMovedBackByUrgentArrivalsAreToldToo() {
        escalated("talk to someone", "none", 30);
        escalated("a person please", "none", 30);
        String third = escalated("a human", "none", 30);
        escalated("I am furious", "none", 90);
        escalated("this is a disgrace", "none", 90);
        notices.tellChanges();
        assertThat(systemTexts(third)).contains("You are number 5 in line. I can't estimate the wait yet.");
        assertThat(notices.tellChanges()).isZero();
    }

    @Test
    void estimateComesFromRecentHandlingTimes() {
        agent("ada", 5, "care");
        String handled = escalated("talk to someone", "none", 30);
        desk.claim("ada", handled);
        clock.advance(Duration.ofMinutes(6));
        desk.resolve("ada", handled, false);
        accounts.presence("ada", Presence.ONLINE, clock.instant());
        String waiting = escalated("a person please", "none", 30);
        escalated("a human", "none", 30);
        assertThat(queue.ticket(waiting).orElseThrow().estimatedWait()).contains(Duration.ofMinutes(6));
    }

    @Test
    void sweepGivesADisconnectedAgentsConversationsBackAtTheirOldPriority() {
        agent("ada", 5, "care");
        String held = escalated("talk to someone", "none", 70);
        var requestedAt = handoffs.open(held).orElseThrow().requestedAt();
        desk.claim("ada", held);
        assertThat(accounts.find("ada").orElseThrow().presence()).isEqualTo(Presence.ONLINE);
        accounts.presence("ada", Presence.OFFLINE, clock.instant());
        clock.advance(Duration.ofMinutes(1));
        assertThat(sweeper.sweep()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sweeper.sweep()).isEqualTo(1);
        var back = handoffs.open(held).orElseThrow();
        assertThat(back.state()).isEqualTo(HandoffState.WAITING);
        assertThat(back.priority()).isEqualTo(70);
        assertThat(back.requestedAt()).isEqualTo(requestedAt);
        assertThat(conversations.find(held).orElseThrow().state()).isEqualTo(ConversationState.QUEUED);
    }

    @Test
    void sweepRecordsSilentWaitingCustomersAsAbandoned() {
        String silent = escalated("talk to someone", "none", 30);
        String watchingQuietly = escalated("a human please", "none", 30);
        watching.add(watchingQuietly);
        clock.advance(Duration.ofMinutes(20));
        String recent = escalated("a person please", "none", 30);
        clock.advance(Duration.ofMinutes(11));
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(handoffs.open(watchingQuietly)).isPresent();
        assertThat(handoffs.latest(silent).orElseThrow().outcome()).isEqualTo("abandoned");
        assertThat(conversations.find(silent).orElseThrow().state()).isEqualTo(ConversationState.CLOSED);
        assertThat(handoffs.open(recent)).isPresent();
    }

    @Test
    void transferToAnAgentReservesTheConversationForThem() {
        agent("ada", 5, "care");
        agent("bob", 5, "fraud");
        agent("cy", 5, "fraud");
        String id = escalated("talk to someone", "none", 30);
        desk.claim("ada", id);
        desk.transfer("ada", id, null, "bob", "card fraud, see the last message");
        var waiting = handoffs.open(id).orElseThrow();
        assertThat(waiting.team()).isEqualTo("fraud");
        assertThat(waiting.note()).isEqualTo("card fraud, see the last message");
        assertThatThrownBy(() -> desk.claim("cy", id)).isInstanceOf(HandoffException.class);
        desk.claim("bob", id);
        assertThat(desk.mayRead("ada", id)).isTrue();
        assertThatThrownBy(() -> desk.send("ada", id, "hi")).isInstanceOf(HandoffException.class);
        assertThat(desk.send("bob", id, "Hello, Bob here").role()).isEqualTo(Role.AGENT);
    }
}
