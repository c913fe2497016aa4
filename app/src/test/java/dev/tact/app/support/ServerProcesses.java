package dev.tact.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The real server in processes of its own, on the default embedded database under a scratch working directory,
 * for tests that kill it; {@link #close()} kills what is left.
 */
public final class ServerProcesses implements AutoCloseable {

    private final Path workingDirectory;
    private final List<Process> processes = new ArrayList<>();

    public ServerProcesses(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Starts a server with these extra environment variables and waits until {@code /health} is up. */
    public URI start(Map<String, String> environment) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        var builder = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.tact.app.Tact", "serve", "--micronaut.server.port=" + port);
        builder.environment().putAll(TestModels.environment());
        builder.environment().putAll(environment);
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

    /** The n-th process started. */
    public Process process(int index) {
        return processes.get(index);
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
    }
}
