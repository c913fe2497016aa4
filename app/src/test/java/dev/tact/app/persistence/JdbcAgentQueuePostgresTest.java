package dev.tact.app.persistence;

import dev.tact.app.support.MigratedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;

/** The engine's queue contract on the JDBC stores of a real PostgreSQL server: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class JdbcAgentQueuePostgresTest extends JdbcAgentQueueContract {

    @RegisterExtension
    final MigratedPostgres database = new MigratedPostgres();

    @Override
    protected DataSource dataSource() {
        return database.dataSource();
    }
}
