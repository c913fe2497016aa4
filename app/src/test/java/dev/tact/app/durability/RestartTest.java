package dev.tact.app.durability;

import dev.tact.app.support.ApiClient;
import dev.tact.app.support.Databases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A conversation written before the application stops is all there after it starts again on the same file. */
class RestartTest {

    @TempDir
    Path directory;

    private EmbeddedServer start() {
        String url = "jdbc:h2:file:" + directory.resolve("tact") + Databases.H2_OPTIONS + ";WRITE_DELAY=0";
        return ApplicationContext.run(EmbeddedServer.class,
                Map.of("datasources.default.url", url, "micronaut.server.port", -1));
    }

    @Test
    void conversationSurvivesARestartOfTheApplication() {
        ApiClient.Session session;
        String before;
        try (EmbeddedServer server = start()) {
            var api = new ApiClient(server.getURI());
            session = api.create("Ada");
            api.say(session, "hi");
            api.say(session, "how do I change my PIN?");
            api.say(session, "I want a human");
            before = api.history(session).body().toString();
        }
        try (EmbeddedServer server = start()) {
            var api = new ApiClient(server.getURI());
            var history = api.history(session);
            assertThat(history.status()).isEqualTo(200);
            assertThat(history.body().toString()).isEqualTo(before);
            assertThat(history.body().get("state").asText()).isEqualTo("queued");
            assertThat(history.body().get("messages")).hasSize(6);
            // the conversation goes on where it was: still waiting for a person, the bot silent
            var reply = api.say(session, "still there?");
            assertThat(reply.body().get("replies")).isEmpty();
            assertThat(reply.body().get("queuePosition").asInt()).isEqualTo(1);
        }
    }
}
