package dev.tact.app.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.support.Databases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import javax.sql.DataSource;
import java.sql.SQLException;

/** The engine's queue contract on the JDBC stores of a real PostgreSQL server: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class JdbcAgentQueuePostgresTest extends JdbcAgentQueueContract {

    private String url;
    private HikariDataSource dataSource;

    @BeforeEach
    void migrate() throws SQLException {
        url = Databases.freshPostgresSchema();
        dataSource = Databases.migrated(url, Databases.postgresUser());
    }

    @AfterEach
    void drop() throws SQLException {
        dataSource.close();
        Databases.dropPostgresSchema(url);
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
