package dev.tact.app.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.support.Databases;
import org.junit.jupiter.api.AfterEach;

import javax.sql.DataSource;

class JdbcHandoffStoreH2Test extends JdbcHandoffStoreContract {

    private final HikariDataSource dataSource = Databases.migrated(Databases.h2MemoryUrl(), "sa");

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
