package dev.tact.app.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tact.app.security.Account;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.decision.HandoffReason;
import dev.tact.handoff.queue.ClaimOutcome;
import dev.tact.handoff.queue.Handoff;
import dev.tact.handoff.queue.HandoffState;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The handoff store's contract, run on H2 and on PostgreSQL; the claim race is the point. */
abstract class HandoffStoreContract {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module());

    protected abstract DataSource dataSource();

    /** Rounds of the claim race; each round has {@link #RACERS} agents claiming one conversation at once. */
    protected abstract int raceRounds();

    static final int RACERS = 8;

    JdbcConversationStore conversations() {
        return new JdbcConversationStore(dataSource());
    }

    JdbcHandoffStore store() {
        return new JdbcHandoffStore(dataSource(), JSON);
    }

    void agent(String username, int capacity) {
        new JdbcAccounts(dataSource()).create(new Account(username, "x", Set.of(Account.AGENT), Set.of("care"),
                capacity), T0);
    }

    String queued(int priority, int second) {
        String id = UUID.randomUUID().toString();
        conversations().create(new Conversation(id, Channel.WEB, "user-" + id, "", "", ConversationState.QUEUED, T0,
                T0));
        store().enqueue(new Handoff(UUID.randomUUID().toString(), id, HandoffState.WAITING, "care", priority,
                List.of(new HandoffReason("human_request", 0.9, 0.5, "asked")), T0.plusSeconds(second), "", "", "",
                Optional.empty(), Optional.empty(), "", 0));
        return id;
    }

    ConversationState stateOf(String id) {
        return conversations().find(id).orElseThrow().state();
    }

    @Test
    void claimRaceHasExactlyOneWinnerEveryRound() throws Exception {
        for (int i = 0; i < RACERS; i++) {
            agent("racer" + i, 1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            for (int round = 0; round < raceRounds(); round++) {
                String id = queued(50, round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ClaimOutcome>> outcomes = new ArrayList<>();
                for (int i = 0; i < RACERS; i++) {
                    String agent = "racer" + i;
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return store().claim(id, agent, 1, T0.plusSeconds(3600));
                    }));
                }
                start.countDown();
                List<ClaimOutcome> results = new ArrayList<>();
                for (Future<ClaimOutcome> outcome : outcomes) {
                    results.add(outcome.get());
                }
                Map<ClaimOutcome, Long> counts = results.stream()
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                assertThat(counts).as("round %d", round)
                        .containsEntry(ClaimOutcome.CLAIMED, 1L).containsEntry(ClaimOutcome.TAKEN, (long) RACERS - 1);
                Handoff won = store().open(id).orElseThrow();
                assertThat(won.state()).isEqualTo(HandoffState.CLAIMED);
                assertThat(stateOf(id)).isEqualTo(ConversationState.AGENT);
                assertThat(store().resolve(id, won.agent(), ConversationState.BOT, T0.plusSeconds(4000))).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentClaimsByOneAgentStopAtTheirCapacity() throws Exception {
        agent("ada", 2);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(queued(50, i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ClaimOutcome>> outcomes = new ArrayList<>();
            for (String id : ids) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return store().claim(id, "ada", 2, T0.plusSeconds(60));
                }));
            }
            start.countDown();
            long claimed = 0;
            for (Future<ClaimOutcome> outcome : outcomes) {
                claimed += outcome.get() == ClaimOutcome.CLAIMED ? 1 : 0;
            }
            assertThat(claimed).isEqualTo(2);
            assertThat(store().heldBy("ada")).hasSize(2);
            assertThat(store().waiting()).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void requeueKeepsPriorityAndWaitingTimeAndReservesForTheTarget() {
        agent("ada", 3);
        agent("bob", 3);
        agent("cy", 3);
        String id = queued(70, 5);
        assertThat(store().claim(id, "ada", 3, T0.plusSeconds(60))).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(store().requeue(id, "bob", "care", "", "not mine", T0.plusSeconds(90))).isFalse();
        assertThat(store().requeue(id, "ada", "care", "bob", "card dispute", T0.plusSeconds(90))).isTrue();
        assertThat(stateOf(id)).isEqualTo(ConversationState.QUEUED);
        Handoff waiting = store().open(id).orElseThrow();
        assertThat(waiting.priority()).isEqualTo(70);
        assertThat(waiting.requestedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(waiting.note()).isEqualTo("card dispute");
        assertThat(store().claim(id, "cy", 3, T0.plusSeconds(100))).isEqualTo(ClaimOutcome.TAKEN);
        assertThat(store().claim(id, "bob", 3, T0.plusSeconds(100))).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(store().heldEver(id, "ada")).isTrue();
        assertThat(store().heldEver(id, "bob")).isTrue();
        assertThat(store().heldEver(id, "cy")).isFalse();
        assertThat(store().open(id).orElseThrow().firstClaimedAt()).contains(T0.plusSeconds(60));
    }

    @Test
    void resolveEndsTheHandoffAndMovesTheConversation() {
        agent("ada", 3);
        String id = queued(40, 0);
        store().claim(id, "ada", 3, T0.plusSeconds(30));
        assertThat(store().resolve(id, "bob", ConversationState.CLOSED, T0.plusSeconds(300))).isEmpty();
        Handoff resolved = store().resolve(id, "ada", ConversationState.CLOSED, T0.plusSeconds(300)).orElseThrow();
        assertThat(resolved.state()).isEqualTo(HandoffState.RESOLVED);
        assertThat(resolved.outcome()).isEqualTo("closed");
        assertThat(stateOf(id)).isEqualTo(ConversationState.CLOSED);
        assertThat(store().open(id)).isEmpty();
        assertThat(store().latest(id)).contains(resolved);
        assertThat(store().resolvedSince(T0, 10)).containsExactly(resolved);
        assertThat(store().rate(resolved.id(), 4, T0.plusSeconds(320))).isTrue();
        assertThat(store().rate(resolved.id(), 1, T0.plusSeconds(330))).isFalse();
    }

    @Test
    void abandonClosesOnlyAWaitingConversation() {
        agent("ada", 3);
        String waiting = queued(40, 0);
        String held = queued(40, 1);
        store().claim(held, "ada", 3, T0.plusSeconds(30));
        assertThat(store().abandon(waiting, T0.plusSeconds(600))).isTrue();
        assertThat(store().abandon(held, T0.plusSeconds(600))).isFalse();
        assertThat(stateOf(waiting)).isEqualTo(ConversationState.CLOSED);
        assertThat(store().latest(waiting).orElseThrow().outcome()).isEqualTo("abandoned");
        assertThat(stateOf(held)).isEqualTo(ConversationState.AGENT);
    }

    @Test
    void enqueueAgainUpdatesTheWaitingHandoff() {
        String id = queued(30, 0);
        store().enqueue(new Handoff("other", id, HandoffState.WAITING, "care", 90, List.of(), T0.plusSeconds(50), "",
                "", "", Optional.empty(), Optional.empty(), "", 0));
        assertThat(store().waiting()).singleElement().satisfies(handoff -> {
            assertThat(handoff.priority()).isEqualTo(90);
            assertThat(handoff.requestedAt()).isEqualTo(T0);
        });
    }
}
