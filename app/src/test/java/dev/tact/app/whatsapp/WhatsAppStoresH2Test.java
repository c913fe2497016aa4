package dev.tact.app.whatsapp;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.support.Databases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import javax.sql.DataSource;

class WhatsAppStoresH2Test extends WhatsAppStoresContract {

    private HikariDataSource dataSource;

    @BeforeEach
    void open() {
        dataSource = Databases.migrated(Databases.h2MemoryUrl(), "sa");
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
