package dev.tact.app.whatsapp;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.support.Databases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import javax.sql.DataSource;
import java.sql.SQLException;

/** The same contract on PostgreSQL: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class WhatsAppStoresPostgresTest extends WhatsAppStoresContract {

    private String url;
    private HikariDataSource dataSource;

    @BeforeEach
    void open() throws SQLException {
        url = Databases.freshPostgresSchema();
        dataSource = Databases.migrated(url, Databases.postgresUser());
    }

    @AfterEach
    void close() throws SQLException {
        dataSource.close();
        Databases.dropPostgresSchema(url);
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
