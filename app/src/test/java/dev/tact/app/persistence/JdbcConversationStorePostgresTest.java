package dev.tact.app.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.support.Databases;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.ConversationStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import java.sql.SQLException;

/** The store contract on a real PostgreSQL server: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class JdbcConversationStorePostgresTest extends ConversationStoreContract {

    private String url;
    private HikariDataSource dataSource;
    private JdbcConversationStore store;

    @BeforeEach
    void migrate() throws SQLException {
        url = Databases.freshPostgresSchema();
        dataSource = Databases.migrated(url, Databases.postgresUser());
        store = new JdbcConversationStore(dataSource);
    }

    @AfterEach
    void drop() throws SQLException {
        dataSource.close();
        Databases.dropPostgresSchema(url);
    }

    @Override
    protected ConversationStore store() {
        return store;
    }
}
