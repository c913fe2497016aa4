package dev.tact.app.support;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.sql.DataSource;

/**
 * A fresh PostgreSQL schema migrated to the current version for each test, its pool closed and the schema dropped
 * afterwards: {@code @RegisterExtension final MigratedPostgres database = new MigratedPostgres();}. It is ready
 * before the test's own {@code @BeforeEach} methods run.
 */
public final class MigratedPostgres implements BeforeEachCallback, AfterEachCallback {

    private String url;
    private HikariDataSource dataSource;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        url = Databases.freshPostgresSchema();
        dataSource = Databases.migrated(url, Databases.postgresUser());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        dataSource.close();
        Databases.dropPostgresSchema(url);
    }

    /** The pooled data source on this test's schema. */
    public DataSource dataSource() {
        return dataSource;
    }
}
