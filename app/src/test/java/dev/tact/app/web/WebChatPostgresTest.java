package dev.tact.app.web;

import dev.tact.app.support.ApiClient;
import dev.tact.app.support.Databases;
import dev.tact.app.support.PostgresSchema;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole server on PostgreSQL, with the same Flyway migrations: {@code mvn verify -Ppostgres}. */
@Tag("postgres")
class WebChatPostgresTest {

    @RegisterExtension
    final PostgresSchema schema = new PostgresSchema();

    private EmbeddedServer start() {
        return ApplicationContext.run(EmbeddedServer.class, Databases.postgresServer(schema.url()));
    }

    @Test
    void conversationRunsToTheQueueAndSurvivesARestart() {
        ApiClient.Session session;
        try (EmbeddedServer server = start()) {
            var api = new ApiClient(server.getURI());
            session = api.create("Ada");
            assertThat(api.say(session, "hello").body().get("state").asText()).isEqualTo("bot");
            var duplicate = ApiClient.json(Map.of("text", "hello again", "clientMessageId", "m-2"));
            api.post("/v1/conversations/" + session.id() + "/messages", session.token(), duplicate);
            api.post("/v1/conversations/" + session.id() + "/messages", session.token(), duplicate);
            var queued = api.say(session, "can I speak to someone");
            assertThat(queued.body().get("state").asText()).isEqualTo("queued");
            assertThat(queued.body().get("queuePosition").asInt()).isEqualTo(1);
            assertThat(api.post("/v1/conversations/" + session.id() + "/messages", session.token(),
                    "{\"text\": \"a\\u0000b\"}").status()).isEqualTo(400);
        }
        try (EmbeddedServer server = start()) {
            var api = new ApiClient(server.getURI());
            var history = api.history(session);
            assertThat(history.body().get("state").asText()).isEqualTo("queued");
            assertThat(history.body().get("messages")).hasSize(6);
        }
    }
}
