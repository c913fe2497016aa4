package dev.tact.app.durability;

import dev.tact.app.support.ApiClient;
import dev.tact.app.support.ServerProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real server in its own process on the default embedded database (./data/ under a scratch working
 * directory), kills it with SIGKILL right after an acknowledged message, and checks that every acknowledged
 * message is there after a new start.
 */
class KillNineTest {

    @TempDir
    Path workingDirectory;

    private ServerProcesses servers;

    @BeforeEach
    void servers() {
        servers = new ServerProcesses(workingDirectory);
    }

    @AfterEach
    void stopAll() {
        servers.close();
    }

    @Test
    void everyAcknowledgedMessageSurvivesKillNine() throws Exception {
        var api = new ApiClient(servers.start(Map.of()));
        var session = api.create("Ada");
        assertThat(api.say(session, "hello").status()).isEqualTo(200);
        assertThat(api.say(session, "how do I change my PIN?").status()).isEqualTo(200);
        assertThat(api.say(session, "the last thing I said").status()).isEqualTo(200);

        Process first = servers.process(0);
        first.destroyForcibly();  // SIGKILL on Linux: no shutdown hook, no flush
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(137);
        assertThat(Files.exists(workingDirectory.resolve("data").resolve("tact.mv.db"))).isTrue();

        var again = new ApiClient(servers.start(Map.of()));
        var history = again.history(session);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().get("messages")).hasSize(6);
        assertThat(history.body().get("messages").get(4).get("text").asText()).isEqualTo("the last thing I said");
    }
}
