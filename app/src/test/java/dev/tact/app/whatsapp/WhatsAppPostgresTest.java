package dev.tact.app.whatsapp;

import dev.tact.app.support.Databases;
import dev.tact.app.support.FakeGraphApi;
import dev.tact.app.support.WhatsAppWebhooks;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The WhatsApp channel on PostgreSQL, with the same migrations: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class WhatsAppPostgresTest {

    private static final String CUSTOMER = "16505559876";

    private final FakeGraphApi graph = new FakeGraphApi();
    private String url;

    @BeforeEach
    void schema() throws SQLException {
        url = Databases.freshPostgresSchema();
    }

    @AfterEach
    void drop() throws SQLException {
        graph.close();
        Databases.dropPostgresSchema(url);
    }

    @Test
    void signedDeliveryIsAnsweredOnceAndItsStatusesRecorded() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.ofEntries(
                Map.entry("datasources.default.url", url),
                Map.entry("datasources.default.username", Databases.postgresUser()),
                Map.entry("datasources.default.password", ""),
                Map.entry("micronaut.server.port", -1),
                Map.entry("tact.whatsapp.verify-token", WhatsAppWebhooks.VERIFY_TOKEN),
                Map.entry("tact.whatsapp.app-secret", WhatsAppWebhooks.APP_SECRET),
                Map.entry("tact.whatsapp.access-token", WhatsAppWebhooks.ACCESS_TOKEN),
                Map.entry("tact.whatsapp.phone-number-id", WhatsAppWebhooks.PHONE_NUMBER_ID),
                Map.entry("tact.whatsapp.graph-url", graph.url().toString())))) {
            var meta = new WhatsAppWebhooks(server.getURI());
            String delivery = WhatsAppWebhooks.delivery(CUSTOMER, "Ada",
                    WhatsAppWebhooks.text(CUSTOMER, "wamid.pg-1", Instant.now(), "how do I change my PIN?"),
                    WhatsAppWebhooks.image(CUSTOMER, "wamid.pg-2", Instant.now().plusSeconds(1), "555"));
            assertThat(meta.post(delivery).statusCode()).isEqualTo(200);
            assertThat(meta.post(delivery).body()).contains("\"duplicates\":2");
            await().atMost(Duration.ofSeconds(60)).until(() -> graph.messagesTo(CUSTOMER).size() == 2);
            String out = graph.requests().stream().filter(request -> !request.type().equals("read")).findFirst()
                    .orElseThrow().to();
            assertThat(out).isEqualTo(CUSTOMER);
            var statuses = meta.post(WhatsAppWebhooks.statuses(CUSTOMER,
                    new Object[] {"wamid.out-1", "delivered", Instant.now().getEpochSecond()}));
            assertThat(statuses.statusCode()).isEqualTo(200);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                    .until(() -> graph.messagesTo(CUSTOMER).size() == 2);
        }
    }
}
