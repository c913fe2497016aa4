package dev.tact.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.app.support.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code simulate} on a committed scenario file, through the real engine and the bundled domain's model. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int simulate(Path input) {
        return new SimulateCommand()
                .run(new String[] {"--input", input.toString()}, TestModels.environment(), System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void simulatePrintsOneLinePerTurnAndGoesSilentOnceAPersonHasIt() throws Exception {
        Path input = Files.writeString(dir.resolve("c.jsonl"), """
                {"id": "a", "turns": ["hi", "how do I change my PIN?", "I want to talk to a real person", "hello?"]}
                {"id": "b", "turns": ["what's the weather like in Rome today"]}
                """);
        assertThat(simulate(input)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertThat(lines).extracting(line -> line.get("id").asText() + line.get("turn").asInt() + " "
                + line.get("decision").asText())
                .containsExactly("a1 answer", "a2 answer", "a3 escalate", "a4 with_human", "b1 decline");
        assertThat(lines.get(1).get("intent").asText()).isEqualTo("change_pin");
        assertThat(lines.get(2).get("reasons").get(0).get("signal").asText()).isEqualTo("human_request");
        assertThat(lines.get(3).get("intent").isNull()).isTrue();
    }

    @Test
    void simulateScoresTheJudgementSuitesDevSplit() {
        Path suite = Path.of("..", "intents", "src", "test", "resources", "scenarios", "judgement", "dev.jsonl");
        assertThat(simulate(suite)).isZero();
        String report = err.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("must-escalate turns escalated at or before that turn:",
                "clear-cut turns answered with the right intent:",
                "upset or vulnerable customers answered or asked a question:",
                "off-topic and vague turns not answered with an intent:");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(330);
        // a small real evaluation with the tests' models (the bundled domain's model and the shipped emotion model);
        // dev and test side by side: ScenarioSuiteEvaluationTest (-Peval)
        // measured 96.8–97.9% and 76.9% with these models (2026-12-04)
        assertThat(share(report, "must-escalate turns escalated at or before that turn")).isGreaterThanOrEqualTo(95.0);
        assertThat(share(report, "clear-cut turns answered with the right intent")).isGreaterThanOrEqualTo(74.0);
        assertThat(report).contains("upset or vulnerable customers answered or asked a question: 0");
    }

    private static double share(String report, String figure) {
        var matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(figure)
                + ": \\d+ / \\d+ \\(([0-9.]+)%\\)").matcher(report);
        assertThat(matcher.find()).as(figure).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void aLineWithoutTurnsIsAUsageError() throws Exception {
        Path input = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"x\"}\n");
        assertThat(simulate(input)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.jsonl:1: each line needs");
    }
}
