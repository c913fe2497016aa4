package dev.tact.handoff.queue;

import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.decision.HandoffReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the handoff ports must do together ({@link HandoffLine}, {@link AgentHoldings}, {@link HandoffHistory},
 * {@link ToldPositions}, {@link SatisfactionRatings}), run on the in-memory store here and on the JDBC store on
 * H2 and on PostgreSQL in {@code app}: every change of a handoff moves its conversation's state with it, and the
 * claim race has exactly one winner.
 */
public abstract class HandoffStoreContract {

    protected static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    /** Agents claiming at once in each round of the claim race. */
    protected static final int RACERS = 8;

    protected abstract HandoffLine line();

    protected abstract AgentHoldings holdings();

    protected abstract HandoffHistory history();

    protected abstract ToldPositions told();

    protected abstract SatisfactionRatings ratings();

    /** The conversations whose state the line writes. */
    protected abstract ConversationStore conversations();

    /** Makes an agent known to the store, in team {@code care}. */
    protected abstract void agent(String username, int capacity);

    /** Rounds of the claim race. */
    protected abstract int raceRounds();

    protected String withBot() {
        String id = UUID.randomUUID().toString();
        conversations().create(new Conversation(id, Channel.WEB, "user-" + id, "", "", ConversationState.BOT, T0,
                T0));
        return id;
    }

    protected static Handoff waiting(String conversationId, int priority, int second) {
        return new Handoff(UUID.randomUUID().toString(), conversationId, HandoffState.WAITING, "care", priority,
                List.of(new HandoffReason("human_request", 0.9, 0.5, "asked")), T0.plusSeconds(second), "", "", "",
                Optional.empty(), Optional.empty(), "", 0);
    }

    protected String queued(int priority, int second) {
        String id = withBot();
        line().enqueue(waiting(id, priority, second));
        return id;
    }

    protected ConversationState stateOf(String id) {
        return conversations().find(id).orElseThrow().state();
    }

    @Test
    void enqueueMovesTheConversationToQueuedWithTheHandoff() {
        String id = withBot();
        Handoff stored = line().enqueue(waiting(id, 40, 1));
        assertThat(stored.state()).isEqualTo(HandoffState.WAITING);
        assertThat(stateOf(id)).isEqualTo(ConversationState.QUEUED);
        assertThat(line().open(id)).contains(stored);
        assertThat(line().waiting()).containsExactly(stored);
    }

    @Test
    void enqueueOfAConversationTheBotDoesNotHoldChangesNothing() {
        agent("ada", 3);
        String id = queued(40, 0);
        line().claim(id, "ada", 3, T0.plusSeconds(10));
        assertThatThrownBy(() -> line().enqueue(waiting(id, 40, 20))).isInstanceOf(IllegalStateException.class);
        assertThat(stateOf(id)).isEqualTo(ConversationState.AGENT);
        assertThat(line().waiting()).isEmpty();
        assertThat(line().open(id).orElseThrow().state()).isEqualTo(HandoffState.CLAIMED);
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
                        return line().claim(id, agent, 1, T0.plusSeconds(3600));
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
                Handoff won = line().open(id).orElseThrow();
                assertThat(won.state()).isEqualTo(HandoffState.CLAIMED);
                assertThat(stateOf(id)).isEqualTo(ConversationState.AGENT);
                assertThat(line().resolve(id, won.agent(), ConversationState.BOT, T0.plusSeconds(4000))).isPresent();
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
                    return line().claim(id, "ada", 2, T0.plusSeconds(60));
                }));
            }
            start.countDown();
            long claimed = 0;
            for (Future<ClaimOutcome> outcome : outcomes) {
                claimed += outcome.get() == ClaimOutcome.CLAIMED ? 1 : 0;
            }
            assertThat(claimed).isEqualTo(2);
            assertThat(holdings().heldBy("ada")).hasSize(2);
            assertThat(line().waiting()).hasSize(4);
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
        assertThat(line().claim(id, "ada", 3, T0.plusSeconds(60))).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(line().requeue(id, "bob", "care", "", "not mine", T0.plusSeconds(90))).isFalse();
        assertThat(stateOf(id)).isEqualTo(ConversationState.AGENT);
        assertThat(line().requeue(id, "ada", "care", "bob", "card dispute", T0.plusSeconds(90))).isTrue();
        assertThat(stateOf(id)).isEqualTo(ConversationState.QUEUED);
        Handoff waiting = line().open(id).orElseThrow();
        assertThat(waiting.priority()).isEqualTo(70);
        assertThat(waiting.requestedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(waiting.note()).isEqualTo("card dispute");
        assertThat(line().claim(id, "cy", 3, T0.plusSeconds(100))).isEqualTo(ClaimOutcome.TAKEN);
        assertThat(line().claim(id, "bob", 3, T0.plusSeconds(100))).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(holdings().heldEver(id, "ada")).isTrue();
        assertThat(holdings().heldEver(id, "bob")).isTrue();
        assertThat(holdings().heldEver(id, "cy")).isFalse();
        assertThat(line().open(id).orElseThrow().firstClaimedAt()).contains(T0.plusSeconds(60));
    }

    @Test
    void resolveEndsTheHandoffAndMovesTheConversation() {
        agent("ada", 3);
        String id = queued(40, 0);
        line().claim(id, "ada", 3, T0.plusSeconds(30));
        assertThat(line().resolve(id, "bob", ConversationState.CLOSED, T0.plusSeconds(300))).isEmpty();
        Handoff resolved = line().resolve(id, "ada", ConversationState.CLOSED, T0.plusSeconds(300)).orElseThrow();
        assertThat(resolved.state()).isEqualTo(HandoffState.RESOLVED);
        assertThat(resolved.outcome()).isEqualTo("closed");
        assertThat(stateOf(id)).isEqualTo(ConversationState.CLOSED);
        assertThat(line().open(id)).isEmpty();
        assertThat(history().latest(id)).contains(resolved);
        assertThat(history().resolvedSince(T0, 10)).containsExactly(resolved);
        assertThat(holdings().heldBy("ada")).isEmpty();
        assertThat(ratings().rate(resolved.id(), 4, T0.plusSeconds(320))).isTrue();
        assertThat(ratings().rate(resolved.id(), 1, T0.plusSeconds(330))).isFalse();
    }

    @Test
    void resolveBackToTheBotReturnsTheConversation() {
        agent("ada", 3);
        String id = queued(40, 0);
        line().claim(id, "ada", 3, T0.plusSeconds(30));
        Handoff resolved = line().resolve(id, "ada", ConversationState.BOT, T0.plusSeconds(60)).orElseThrow();
        assertThat(resolved.outcome()).isEqualTo("returned_to_bot");
        assertThat(stateOf(id)).isEqualTo(ConversationState.BOT);
        assertThat(line().reopen(id, T0.plusSeconds(70))).isFalse();
    }

    @Test
    void abandonClosesOnlyAWaitingConversation() {
        agent("ada", 3);
        String waiting = queued(40, 0);
        String held = queued(40, 1);
        line().claim(held, "ada", 3, T0.plusSeconds(30));
        assertThat(line().abandon(waiting, T0.plusSeconds(600))).get()
                .satisfies(handoff -> assertThat(handoff.outcome()).isEqualTo("abandoned"));
        assertThat(line().abandon(held, T0.plusSeconds(600))).isEmpty();
        assertThat(stateOf(waiting)).isEqualTo(ConversationState.CLOSED);
        assertThat(history().latest(waiting).orElseThrow().outcome()).isEqualTo("abandoned");
        assertThat(history().resolvedSince(T0, 10)).isEmpty();
        assertThat(stateOf(held)).isEqualTo(ConversationState.AGENT);
    }

    @Test
    void reopenGivesAClosedConversationBackToTheBotOnce() {
        String id = queued(40, 0);
        assertThat(line().reopen(id, T0.plusSeconds(5))).isFalse();
        line().abandon(id, T0.plusSeconds(10));
        assertThat(line().reopen(id, T0.plusSeconds(20))).isTrue();
        assertThat(line().reopen(id, T0.plusSeconds(21))).isFalse();
        assertThat(stateOf(id)).isEqualTo(ConversationState.BOT);
        assertThat(line().enqueue(waiting(id, 30, 30)).state()).isEqualTo(HandoffState.WAITING);
        assertThat(stateOf(id)).isEqualTo(ConversationState.QUEUED);
    }

    @Test
    void enqueueAgainUpdatesTheWaitingHandoff() {
        String id = queued(30, 0);
        line().enqueue(new Handoff("other", id, HandoffState.WAITING, "care", 90, List.of(), T0.plusSeconds(50), "",
                "", "", Optional.empty(), Optional.empty(), "", 0));
        assertThat(line().waiting()).singleElement().satisfies(handoff -> {
            assertThat(handoff.priority()).isEqualTo(90);
            assertThat(handoff.requestedAt()).isEqualTo(T0);
        });
        assertThat(stateOf(id)).isEqualTo(ConversationState.QUEUED);
    }

    @Test
    void toldIsRememberedAndARequeueForgetsIt() {
        agent("ada", 3);
        String id = queued(30, 0);
        told().told(line().open(id).orElseThrow().id(), 4);
        assertThat(line().open(id).orElseThrow().toldPosition()).isEqualTo(4);
        line().claim(id, "ada", 3, T0.plusSeconds(10));
        line().requeue(id, "ada", "care", "", "", T0.plusSeconds(20));
        assertThat(line().open(id).orElseThrow().toldPosition()).isZero();
    }

    @Test
    void rateOnlyAResolvedHandoff() {
        String id = queued(30, 0);
        assertThat(ratings().rate(line().open(id).orElseThrow().id(), 5, T0.plusSeconds(5))).isFalse();
        assertThat(ratings().rate("nope", 5, T0.plusSeconds(5))).isFalse();
    }
}
