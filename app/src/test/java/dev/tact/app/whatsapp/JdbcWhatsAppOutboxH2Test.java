package dev.tact.app.whatsapp;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.persistence.JdbcWhatsAppOutbox;
import dev.tact.app.support.Databases;
import dev.tact.channels.whatsapp.WhatsAppOutbox;
import dev.tact.channels.whatsapp.WhatsAppOutboxContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The outbox contract on H2. */
class JdbcWhatsAppOutboxH2Test extends WhatsAppOutboxContract {

    private HikariDataSource dataSource;
    private JdbcWhatsAppOutbox outbox;

    @BeforeEach
    void open() {
        dataSource = Databases.migrated(Databases.h2MemoryUrl(), "sa");
        outbox = new JdbcWhatsAppOutbox(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Override
    protected WhatsAppOutbox outbox() {
        return outbox;
    }
}
