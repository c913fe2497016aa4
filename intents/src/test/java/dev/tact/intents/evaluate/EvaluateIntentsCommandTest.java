package dev.tact.intents.evaluate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.IntentTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateIntentsCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final AnswerGate GATE = new AnswerGate(0.5, 0, 1);

    private static final String TRAIN = """
            text,intent
            what is my balance,balance
            show my account balance,balance
            how much money do i have,balance
            check balance please,balance
            balance of my account,balance
            i lost my card,card_lost
            my card is lost,card_lost
            "card missing, lost",card_lost
            i cannot find my card,card_lost
            lost credit card,card_lost
            send money to a friend,transfer
            transfer money to my sister,transfer
            make a transfer,transfer
            how to transfer funds,transfer
            send a payment transfer,transfer
            """;
    private static final String TEST = """
            utterance,label
            tell me my balance,balance
            account balance now,balance
            i think i lost my card,card_lost
            lost my debit card,card_lost
            transfer money to my friend,transfer
            i want to send money,transfer
            what is the weather today,oos
            tell me a joke,oos
            who won the football game,oos
            """;
    private static final String VALIDATION = """
            text,label
            balance please,balance
            my card got lost,card_lost
            transfer to my account,transfer
            play some music,oos
            book a flight,oos
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(IntentTrainer trainer, String... args) {
        return new EvaluateIntentsCommand(trainer, GATE).run(args, stream(outBytes), stream(errBytes));
    }

    private int run(String... args) {
        return run(new NearestCentroidTrainer(), args);
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Test
    void runTrainsARealClassifierAndPrintsTheReport() throws Exception {
        String plot = dir.resolve("sweep.svg").toString();
        int code = run("--train", file("train.csv", TRAIN), "--test", file("test.csv", TEST), "--plot", plot);
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("test rows             9 (3 oos)", "train rows            15",
                "Per intent", "Threshold sweep", "Sweep plot written to");
        assertThat(err()).contains("centroids [", "100%");
        assertThat(EvaluationReportTest.parseSvg(Files.readString(Path.of(plot))).getDocumentElement().getLocalName())
                .isEqualTo("svg");
    }

    @Test
    void runWithJsonPrintsExactlyOneObject() throws Exception {
        int code = run("--train", file("train.csv", TRAIN), "--test", file("test.csv", TEST), "--json");
        assertThat(code).as(err()).isZero();
        JsonNode json = MAPPER.readTree(out());
        assertThat(json.fieldNames()).toIterable().contains("accuracy", "macro_f1", "in_scope_accuracy",
                "oos_recall", "train_seconds", "utterances_per_second", "per_intent", "confusions", "sweep", "gate");
        assertThat(json.get("test_rows").asInt()).isEqualTo(9);
        assertThat(json.get("train_rows").asInt()).isEqualTo(15);
        assertThat(json.get("top1_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("oos_recall").isNumber()).isTrue();
    }

    @Test
    void runWithJsonKeepsProgressOffASharedStream() throws Exception {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        PrintStream shared = stream(both);
        int code = new EvaluateIntentsCommand(new NearestCentroidTrainer(), GATE).run(new String[] {"--train",
                file("train.csv", TRAIN), "--test", file("test.csv", TEST), "--json"}, shared, shared);
        assertThat(code).isZero();
        assertThat(MAPPER.readTree(both.toString(StandardCharsets.UTF_8)).has("accuracy")).isTrue();
    }

    @Test
    void runWithValidationCalibratesTheGate() throws Exception {
        int code = run("--train", file("train.csv", TRAIN), "--test", file("test.csv", TEST), "--val",
                file("val.csv", VALIDATION), "--json");
        assertThat(code).as(err()).isZero();
        JsonNode json = MAPPER.readTree(out());
        assertThat(json.get("calibration").get("validation_rows").asInt()).isEqualTo(5);
        assertThat(json.get("gate").get("min_confidence").asDouble())
                .isEqualTo(json.get("calibration").get("gate").get("min_confidence").asDouble());
    }

    @Test
    void runWithFoldsCrossValidates() throws Exception {
        int code = run("--train", file("train.csv", TRAIN), "--folds", "3", "--seed", "7", "--json");
        assertThat(code).as(err()).isZero();
        JsonNode json = MAPPER.readTree(out());
        assertThat(json.get("mode").asText()).isEqualTo("cross_validation");
        assertThat(json.get("test_rows").asInt()).isEqualTo(15);
        assertThat(json.get("folds").get("seed").asLong()).isEqualTo(7);
        assertThat(json.get("folds").get("per_fold")).hasSize(3);
        assertThat(err()).contains("fold 3/3 centroids");
    }

    @Test
    void runWithFoldsAndNoTrainFileCrossValidatesTheDomain() throws Exception {
        var rows = LabeledCsv.read(Path.of(file("train.csv", TRAIN)));
        int code = new EvaluateIntentsCommand(new NearestCentroidTrainer(), GATE, () -> rows)
                .run(new String[] {"--folds", "3", "--json"}, stream(outBytes), stream(errBytes));
        assertThat(code).as(err()).isZero();
        assertThat(MAPPER.readTree(out()).get("test_rows").asInt()).isEqualTo(15);
    }

    @Test
    void runWithHelpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).startsWith("usage: evaluate-intents");
    }

    @Test
    void runWithoutArgumentsIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("--train is required", "usage: evaluate-intents");
        assertThat(out()).isEmpty();
    }

    @Test
    void runWithUnknownOptionIsAUsageError() throws Exception {
        assertThat(run("--train", file("train.csv", TRAIN), "--test", file("test.csv", TEST), "--verbose"))
                .isEqualTo(2);
        assertThat(err()).contains("unknown option --verbose");
    }

    @Test
    void runWithMissingValueIsAUsageError() {
        assertThat(run("--train")).isEqualTo(2);
        assertThat(err()).contains("--train needs a value");
    }

    @Test
    void runWithConflictingModesIsAUsageError() throws Exception {
        assertThat(run("--train", file("train.csv", TRAIN), "--test", file("test.csv", TEST), "--folds", "3"))
                .isEqualTo(2);
        assertThat(err()).contains("--folds cross-validates on --train (or the domain) alone");
    }

    @Test
    void runWithBadFoldCountIsAUsageError() throws Exception {
        assertThat(run("--train", file("train.csv", TRAIN), "--folds", "many")).isEqualTo(2);
        assertThat(err()).contains("--folds needs a whole number");
    }

    @Test
    void runWithMissingFileIsAUsageError() throws Exception {
        assertThat(run("--train", file("train.csv", TRAIN), "--test", dir.resolve("nope.csv").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("nope.csv: no such file");
    }

    @Test
    void runWithEmptyCsvIsAUsageError() throws Exception {
        assertThat(run("--train", file("train.csv", ""), "--test", file("test.csv", TEST))).isEqualTo(2);
        assertThat(err()).contains("train.csv: empty");
        assertThat(run("--train", file("header.csv", "text,label\n"), "--test", file("test.csv", TEST)))
                .isEqualTo(2);
        assertThat(err()).contains("header.csv: no rows after the header");
    }

    @Test
    void runWithWrongFieldCountNamesFileAndLine() throws Exception {
        String test = file("test.csv", "text,label\nhello,balance\nlost my card,card_lost,extra\n");
        assertThat(run("--train", file("train.csv", TRAIN), "--test", test)).isEqualTo(2);
        assertThat(err()).contains("test.csv:3: expected 2 fields as in the header, found 3");
    }

    @Test
    void runWithMalformedCsvNamesFileAndLine() throws Exception {
        String test = file("test.csv", "text,label\nhello,balance\n\"never closed,oos\n");
        assertThat(run("--train", file("train.csv", TRAIN), "--test", test)).isEqualTo(2);
        assertThat(err()).contains("test.csv:3: a quoted field is never closed");
    }

    @Test
    void runWithOnlyOosTestRowsIsAUsageError() throws Exception {
        assertThat(run("--train", file("train.csv", TRAIN), "--test", file("test.csv", "t,l\nhi there,oos\n")))
                .isEqualTo(2);
        assertThat(err()).contains("only oos rows");
    }

    @Test
    void runWhenTrainingFailsExitsWithOne() throws Exception {
        IntentTrainer failing = (samples, listener) -> {
            throw new IllegalStateException("out of memory, say");
        };
        assertThat(run(failing, "--train", file("train.csv", TRAIN), "--test", file("test.csv", TEST)))
                .isEqualTo(1);
        assertThat(err()).contains("evaluate-intents failed", "out of memory, say");
    }
}
