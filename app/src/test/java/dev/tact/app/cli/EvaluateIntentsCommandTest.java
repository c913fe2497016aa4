package dev.tact.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.intents.classify.LabeledText;
import dev.tact.intents.domain.DomainLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evaluate-intents}, run as the command line runs it, on real data. */
class EvaluateIntentsCommandTest {

    private static final Set<String> INTENTS = Set.of("card_arrival", "change_pin", "exchange_rate", "top_up_limits",
            "age_limit", "human_request", "greeting");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final EvaluateIntentsCommand command = new EvaluateIntentsCommand();

    /** A CSV pair from the bundled banking domain: 30 examples per intent, every fifth held out, plus oos. */
    private void writeSample() throws IOException {
        StringBuilder train = new StringBuilder("text,label\n");
        StringBuilder test = new StringBuilder("utterance,intent\n");
        Map<String, Integer> taken = new HashMap<>();
        for (LabeledText row : DomainLoader.bundled("banking").samples()) {
            if (!INTENTS.contains(row.label()) && !row.outOfScope()) {
                continue;
            }
            int n = taken.merge(row.label(), 1, Integer::sum);
            if (n <= 30) {
                (n % 5 == 0 ? test : train).append('"').append(row.text().replace("\"", "\"\"")).append("\",")
                        .append(row.label()).append('\n');
            }
        }
        Files.writeString(dir.resolve("train.csv"), train);
        Files.writeString(dir.resolve("test.csv"), test);
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void evaluateIntentsOnACsvPairPrintsOneJsonObjectWithTheContractKeys() throws Exception {
        writeSample();
        int code = command.run(new String[] {"--mode", "OPENNLP_ONLY", "--train",
                dir.resolve("train.csv").toString(), "--test", dir.resolve("test.csv").toString(), "--json"},
                Map.of(), System.in, stream(out), stream(err));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.has("accuracy") && json.has("macro_f1") && json.has("in_scope_accuracy")
                && json.has("oos_recall") && json.has("train_seconds") && json.has("utterances_per_second")).isTrue();
        assertThat(json.get("top1_accuracy").asDouble()).isGreaterThan(0.7);
        assertThat(json.get("gate").get("min_confidence").asDouble()).isEqualTo(0.4);
    }

    @Test
    void evaluateIntentsTakesOtherThresholds() throws Exception {
        writeSample();
        int code = command.run(new String[] {"--mode", "OPENNLP_ONLY", "--min-confidence", "0.7",
                "--train", dir.resolve("train.csv").toString(), "--test", dir.resolve("test.csv").toString(), "--json"},
                Map.of(), System.in, stream(out), stream(err));
        assertThat(code).isZero();
        assertThat(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("gate")
                .get("min_confidence").asDouble()).isEqualTo(0.7);
    }

    @Test
    void runWithABadOptionIsAUsageError() {
        assertThat(command.run(new String[] {"--min-confidence", "2"}, Map.of(), System.in, stream(out), stream(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--min-confidence must be a number within 0..1");
    }
}
