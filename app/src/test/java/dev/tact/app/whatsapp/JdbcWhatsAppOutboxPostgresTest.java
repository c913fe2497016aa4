package dev.tact.app.whatsapp;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.persistence.JdbcWhatsAppOutbox;
import dev.tact.app.support.Databases;
import dev.tact.channels.whatsapp.WhatsAppOutbox;
import dev.tact.channels.whatsapp.WhatsAppOutboxContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import java.sql.SQLException;

/** The outbox contract on PostgreSQL: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class JdbcWhatsAppOutboxPostgresTest extends WhatsAppOutboxContract {

    private String url;
    private HikariDataSource dataSource;
    private JdbcWhatsAppOutbox outbox;

    @BeforeEach
    void open() throws SQLException {
        url = Databases.freshPostgresSchema();
        dataSource = Databases.migrated(url, Databases.postgresUser());
        outbox = new JdbcWhatsAppOutbox(dataSource);
    }

    @AfterEach
    void close() throws SQLException {
        dataSource.close();
        Databases.dropPostgresSchema(url);
    }

    @Override
    protected WhatsAppOutbox outbox() {
        return outbox;
    }
}
