package dev.tact.app.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.support.Databases;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.decision.HandoffReason;
import dev.tact.core.handoff.HandoffRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcHandoffQueueTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private final HikariDataSource dataSource = Databases.migrated(Databases.h2MemoryUrl(), "sa");
    private final JdbcConversationStore store = new JdbcConversationStore(dataSource);
    private final JdbcHandoffQueue queue = new JdbcHandoffQueue(dataSource,
            new ObjectMapper().registerModule(new JavaTimeModule()));

    @AfterEach
    void close() {
        dataSource.close();
    }

    private String conversation(String id) {
        store.create(new Conversation(id, Channel.WEB, "user-" + id, "", "", ConversationState.QUEUED, T0, T0));
        return id;
    }

    private static HandoffRequest request(String id, int priority, int second) {
        return new HandoffRequest(id, List.of(new HandoffReason("human_request", 0.9, 0.5, "asked")), priority,
                HandoffRequest.DEFAULT_TEAM, T0.plusSeconds(second));
    }

    @Test
    void enqueueOrdersByPriorityThenWaitingTime() {
        assertThat(queue.enqueue(request(conversation("a"), 30, 1)).position()).isEqualTo(1);
        assertThat(queue.enqueue(request(conversation("b"), 30, 2)).position()).isEqualTo(2);
        assertThat(queue.enqueue(request(conversation("c"), 80, 3)).position()).isEqualTo(1);
        assertThat(queue.ticket("a").orElseThrow().position()).isEqualTo(2);
        assertThat(queue.ticket("b").orElseThrow().position()).isEqualTo(3);
        assertThat(queue.ticket("a").orElseThrow().estimatedWait()).isEmpty();
    }

    @Test
    void enqueueAgainReplacesTheRequest() {
        queue.enqueue(request(conversation("a"), 30, 1));
        queue.enqueue(request(conversation("b"), 30, 2));
        assertThat(queue.enqueue(request("b", 90, 3)).position()).isEqualTo(1);
    }

    @Test
    void ticketOfAConversationNotWaitingIsEmpty() {
        conversation("a");
        assertThat(queue.ticket("a")).isEmpty();
        assertThat(queue.ticket("unknown")).isEmpty();
    }
}
