package dev.tact.app.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.handoff.HandoffQueue;
import dev.tact.core.handoff.HandoffQueueContract;
import dev.tact.handoff.queue.AgentQueue;
import dev.tact.handoff.queue.QueueSettings;
import dev.tact.handoff.queue.Routing;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The engine's queue contract on {@link AgentQueue} over the JDBC stores, where the queue moves
 * {@code conversations.state} in the handoff's transaction; the H2 and the PostgreSQL test give the data source.
 */
abstract class JdbcAgentQueueContract extends HandoffQueueContract {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module());

    protected abstract DataSource dataSource();

    private JdbcHandoffStore store() {
        return new JdbcHandoffStore(dataSource(), JSON);
    }

    @Override
    protected HandoffQueue queue() {
        JdbcHandoffStore store = store();
        return new AgentQueue(store, store, store, new JdbcAccounts(dataSource()),
                new JdbcTurnRecords(dataSource(), JSON), new Routing(Map.of(), Map.of(), "care"),
                QueueSettings.defaults(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Override
    protected ConversationStore conversations() {
        return new JdbcConversationStore(dataSource());
    }

    @Override
    protected void close(String conversationId, Instant at) {
        store().abandon(conversationId, at);
    }
}
