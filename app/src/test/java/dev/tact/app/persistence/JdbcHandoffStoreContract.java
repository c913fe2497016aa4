package dev.tact.app.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tact.app.security.Account;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.handoff.queue.AgentHoldings;
import dev.tact.handoff.queue.HandoffHistory;
import dev.tact.handoff.queue.HandoffLine;
import dev.tact.handoff.queue.HandoffStoreContract;
import dev.tact.handoff.queue.SatisfactionRatings;
import dev.tact.handoff.queue.ToldPositions;

import javax.sql.DataSource;
import java.util.Set;

/**
 * The handoff module's store contract on {@link JdbcHandoffStore}, which implements all five ports over one
 * table; the H2 and the PostgreSQL test give the data source.
 */
abstract class JdbcHandoffStoreContract extends HandoffStoreContract {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module());

    protected abstract DataSource dataSource();

    private JdbcHandoffStore store() {
        return new JdbcHandoffStore(dataSource(), JSON);
    }

    @Override
    protected HandoffLine line() {
        return store();
    }

    @Override
    protected AgentHoldings holdings() {
        return store();
    }

    @Override
    protected HandoffHistory history() {
        return store();
    }

    @Override
    protected ToldPositions told() {
        return store();
    }

    @Override
    protected SatisfactionRatings ratings() {
        return store();
    }

    @Override
    protected ConversationStore conversations() {
        return new JdbcConversationStore(dataSource());
    }

    /** An agent row: a claim locks it, so the capacity check holds across nodes. */
    @Override
    protected void agent(String username, int capacity) {
        new JdbcAccounts(dataSource()).create(new Account(username, "x", Set.of(Account.AGENT), Set.of("care"),
                capacity), T0);
    }

    @Override
    protected int raceRounds() {
        return 200;
    }
}
