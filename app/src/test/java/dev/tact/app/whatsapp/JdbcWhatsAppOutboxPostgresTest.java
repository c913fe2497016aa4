package dev.tact.app.whatsapp;

import dev.tact.app.persistence.JdbcWhatsAppOutbox;
import dev.tact.app.support.MigratedPostgres;
import dev.tact.channels.whatsapp.WhatsAppOutbox;
import dev.tact.channels.whatsapp.WhatsAppOutboxContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox contract on PostgreSQL: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class JdbcWhatsAppOutboxPostgresTest extends WhatsAppOutboxContract {

    @RegisterExtension
    final MigratedPostgres database = new MigratedPostgres();
    private JdbcWhatsAppOutbox outbox;

    @BeforeEach
    void open() {
        outbox = new JdbcWhatsAppOutbox(database.dataSource());
    }

    @Override
    protected WhatsAppOutbox outbox() {
        return outbox;
    }
}
