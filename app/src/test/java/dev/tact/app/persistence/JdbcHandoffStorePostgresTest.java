package dev.tact.app.persistence;

import dev.tact.app.support.MigratedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;

/** The handoff store contract, and the claim race, on a real PostgreSQL server: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class JdbcHandoffStorePostgresTest extends JdbcHandoffStoreContract {

    @RegisterExtension
    final MigratedPostgres database = new MigratedPostgres();

    @Override
    protected DataSource dataSource() {
        return database.dataSource();
    }
}
