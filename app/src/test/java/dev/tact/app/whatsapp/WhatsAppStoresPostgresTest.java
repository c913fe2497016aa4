package dev.tact.app.whatsapp;

import dev.tact.app.support.MigratedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;

/** The same contract on PostgreSQL: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class WhatsAppStoresPostgresTest extends WhatsAppStoresContract {

    @RegisterExtension
    final MigratedPostgres database = new MigratedPostgres();

    @Override
    DataSource dataSource() {
        return database.dataSource();
    }
}
