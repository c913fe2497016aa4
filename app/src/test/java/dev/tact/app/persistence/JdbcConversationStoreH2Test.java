package dev.tact.app.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.support.Databases;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.ConversationStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class JdbcConversationStoreH2Test extends ConversationStoreContract {

    private HikariDataSource dataSource;
    private JdbcConversationStore store;

    @BeforeEach
    void migrate() {
        dataSource = Databases.migrated(Databases.h2MemoryUrl(), "sa");
        store = new JdbcConversationStore(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Override
    protected ConversationStore store() {
        return store;
    }
}
