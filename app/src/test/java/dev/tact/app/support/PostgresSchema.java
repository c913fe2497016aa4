package dev.tact.app.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh PostgreSQL schema for each test, dropped afterwards: {@code @RegisterExtension PostgresSchema schema}. */
public final class PostgresSchema implements BeforeEachCallback, AfterEachCallback {

    private String url;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        url = Databases.freshPostgresSchema();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Databases.dropPostgresSchema(url);
    }

    /** The JDBC URL of this test's schema. */
    public String url() {
        return url;
    }
}
