package dev.tact.app.durability;

import dev.tact.app.support.ApiClient;
import dev.tact.app.support.TestModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the real server in its own process on the default embedded database (./data/ under a scratch working
 * directory), kills it with SIGKILL right after an acknowledged message, and checks that every acknowledged
 * message is there after a new start.
 */
class KillNineTest {

    @TempDir
    Path workingDirectory;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopAll() {
        processes.forEach(Process::destroyForcibly);
    }

    private URI start() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        var builder = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.tact.app.Tact", "serve", "--micronaut.server.port=" + port);
        builder.environment().putAll(TestModels.environment());
        Process process = builder
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workingDirectory.resolve("server-" + processes.size() + ".log").toFile())
                .start();
        processes.add(process);
        URI base = URI.create("http://127.0.0.1:" + port);
        var api = new ApiClient(base);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> api.get("/health", null).status() == 200);
        return base;
    }

    @Test
    void everyAcknowledgedMessageSurvivesKillNine() throws Exception {
        var api = new ApiClient(start());
        var session = api.create("Ada");
        assertThat(api.say(session, "hello").status()).isEqualTo(200);
        assertThat(api.say(session, "how do I change my PIN?").status()).isEqualTo(200);
        assertThat(api.say(session, "the last thing I said").status()).isEqualTo(200);

        Process first = processes.get(0);
        first.destroyForcibly();  // SIGKILL on Linux: no shutdown hook, no flush
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(137);
        assertThat(Files.exists(workingDirectory.resolve("data").resolve("tact.mv.db"))).isTrue();

        var again = new ApiClient(start());
        var history = again.history(session);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().get("messages")).hasSize(6);
        assertThat(history.body().get("messages").get(4).get("text").asText()).isEqualTo("the last thing I said");
    }
}
