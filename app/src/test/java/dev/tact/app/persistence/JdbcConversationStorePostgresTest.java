package dev.tact.app.persistence;

import dev.tact.app.support.MigratedPostgres;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.ConversationStoreContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on a real PostgreSQL server: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class JdbcConversationStorePostgresTest extends ConversationStoreContract {

    @RegisterExtension
    final MigratedPostgres database = new MigratedPostgres();
    private JdbcConversationStore store;

    @BeforeEach
    void open() {
        store = new JdbcConversationStore(database.dataSource());
    }

    @Override
    protected ConversationStore store() {
        return store;
    }
}
