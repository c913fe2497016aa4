package dev.tact.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code train}, run as the command line runs it. */
class TrainCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final TrainCommand command = new TrainCommand();

    private int train(String... args) {
        return command.run(args, Map.of(), System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void runWithABadModeOrAMissingDomainIsAUsageError() {
        assertThat(train("--mode", "FAST")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown mode FAST").contains("usage: train");
        assertThat(train("--domain", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(train("--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --json");
    }

    @Test
    void runCachesTheModelOfADomainDirectory() throws Exception {
        Path domain = dir.resolve("shop");
        Files.createDirectories(domain.resolve("intents"));
        Files.writeString(domain.resolve("domain.yml"), "name: shop\n");
        Files.writeString(domain.resolve("intents/all.yml"), """
                - name: opening_hours
                  examples: [when are you open, opening hours please, are you open on sunday, what time do you close,
                             until when are you open]
                  responses: [We are open from 9 to 5.]
                - name: returns
                  examples: [can I return this, how do returns work, I want to send it back, refund for a return,
                             return an item]
                  responses: [You can return items within the period shown on your receipt.]
                """);
        int code = train("--domain", domain.toString(), "--mode", "OPENNLP_ONLY",
                "--model-cache", dir.resolve("models").toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Training domain shop (2 intents, 10 examples");
        try (var files = Files.list(dir.resolve("models"))) {
            assertThat(files.map(path -> path.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("intents-shop-").endsWith(".model");
        }
    }
}
