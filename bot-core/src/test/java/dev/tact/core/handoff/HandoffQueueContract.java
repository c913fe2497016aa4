package dev.tact.core.handoff;

import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.decision.HandoffReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link HandoffQueue} must do, the engine's side of the handoff: the line's order, and being the one
 * writer of conversation state (enqueue moves bot to queued with the handoff, reopen moves closed to bot). Each
 * implementation's test extends this class and supplies a fresh queue and the conversation store it writes to.
 */
public abstract class HandoffQueueContract {

    // storage may keep microseconds only
    protected static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    protected abstract HandoffQueue queue();

    /** The conversation store the queue moves states in. */
    protected abstract ConversationStore conversations();

    /** Ends the waiting conversation's handoff as the human side would, leaving the conversation closed. */
    protected abstract void close(String conversationId, Instant at);

    protected String withBot() {
        String id = UUID.randomUUID().toString();
        conversations().create(new Conversation(id, Channel.WEB, "user-" + id, "Ada", "", ConversationState.BOT, T0,
                T0));
        return id;
    }

    protected static HandoffRequest request(String conversationId, int priority, int second) {
        return new HandoffRequest(conversationId, List.of(new HandoffReason("human_request", 0.9, 0.5, "asked")),
                priority, HandoffRequest.DEFAULT_TEAM, T0.plusSeconds(second));
    }

    private ConversationState stateOf(String id) {
        return conversations().find(id).orElseThrow().state();
    }

    @Test
    void enqueueMovesTheConversationFromBotToQueued() {
        String id = withBot();
        QueueTicket ticket = queue().enqueue(request(id, 50, 1));
        assertThat(ticket.position()).isEqualTo(1);
        assertThat(stateOf(id)).isEqualTo(ConversationState.QUEUED);
        assertThat(queue().ticket(id)).map(QueueTicket::position).contains(1);
    }

    @Test
    void ticketOrdersByPriorityThenByArrival() {
        String early = withBot();
        String late = withBot();
        String urgent = withBot();
        queue().enqueue(request(early, 30, 1));
        queue().enqueue(request(late, 30, 2));
        assertThat(queue().enqueue(request(urgent, 90, 3)).position()).isEqualTo(1);
        assertThat(queue().ticket(early)).map(QueueTicket::position).contains(2);
        assertThat(queue().ticket(late)).map(QueueTicket::position).contains(3);
    }

    @Test
    void ticketOfAConversationNotWaitingIsEmpty() {
        assertThat(queue().ticket(withBot())).isEmpty();
        assertThat(queue().ticket("nope")).isEmpty();
    }

    @Test
    void enqueueAgainKeepsThePlaceAndTheState() {
        String id = withBot();
        queue().enqueue(request(id, 30, 1));
        String other = withBot();
        queue().enqueue(request(other, 30, 2));
        assertThat(queue().enqueue(request(other, 30, 9)).position()).isEqualTo(2);
        assertThat(stateOf(other)).isEqualTo(ConversationState.QUEUED);
    }

    @Test
    void enqueueOfAConversationTheBotDoesNotHoldFailsAndChangesNothing() {
        String id = withBot();
        queue().enqueue(request(id, 30, 1));
        close(id, T0.plusSeconds(5));
        assertThatThrownBy(() -> queue().enqueue(request(id, 30, 6))).isInstanceOf(IllegalStateException.class);
        assertThat(stateOf(id)).isEqualTo(ConversationState.CLOSED);
        assertThat(queue().ticket(id)).isEmpty();
    }

    @Test
    void reopenGivesOnlyAClosedConversationBackToTheBot() {
        String id = withBot();
        assertThat(queue().reopen(id, T0.plusSeconds(1))).isFalse();
        queue().enqueue(request(id, 30, 2));
        assertThat(queue().reopen(id, T0.plusSeconds(3))).isFalse();
        close(id, T0.plusSeconds(4));
        assertThat(queue().reopen(id, T0.plusSeconds(5))).isTrue();
        assertThat(stateOf(id)).isEqualTo(ConversationState.BOT);
        assertThat(queue().reopen(id, T0.plusSeconds(6))).isFalse();
        assertThat(queue().enqueue(request(id, 30, 7)).position()).isEqualTo(1);
    }

    @Test
    void concurrentReopensHaveExactlyOneWinner() throws Exception {
        String id = withBot();
        queue().enqueue(request(id, 30, 1));
        close(id, T0.plusSeconds(2));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return queue().reopen(id, T0.plusSeconds(3));
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> attempt : attempts) {
                winners += attempt.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
