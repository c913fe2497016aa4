package dev.tact.app.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** Databases for tests, migrated with the product's own Flyway scripts. */
public final class Databases {

    /** The H2 settings the product uses, so tests see the same SQL dialect. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private Databases() {
    }

    public static String h2MemoryUrl() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + H2_OPTIONS + ";DB_CLOSE_DELAY=-1";
    }

    /** The PostgreSQL server of the postgres test profile (trust authentication, database {@code test}). */
    public static String postgresUrl() {
        return System.getProperty("tact.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String postgresUser() {
        return System.getProperty("tact.test.postgres.user", System.getenv().getOrDefault("PGUSER", "postgres"));
    }

    /** Creates a fresh schema for one test class and returns a JDBC URL that uses it. */
    public static String freshPostgresSchema() throws SQLException {
        String schema = "tact_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String separator = postgresUrl().contains("?") ? "&" : "?";
        return postgresUrl() + separator + "currentSchema=" + schema;
    }

    public static void dropPostgresSchema(String url) throws SQLException {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** The server properties that point a test server at a PostgreSQL schema URL, on a random port. */
    public static java.util.Map<String, Object> postgresServer(String url) {
        return java.util.Map.of("datasources.default.url", url, "datasources.default.username", postgresUser(),
                "datasources.default.password", "", "micronaut.server.port", -1);
    }

    /** A pooled data source on the URL, migrated to the current schema. */
    public static HikariDataSource migrated(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(8);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
