package dev.tact.app.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judgement suite with the full models ({@code mvn verify -Peval}; trains the intent model into
 * {@code target/eval-models}, minutes): its dev split, on which the policy's thresholds were chosen, and its test
 * split, which nothing was fitted to, side by side. The floors are the figures measured when the thresholds were
 * set (intents README), so a regression fails the build; the report, worst errors one by one, goes to standard
 * output.
 */
@Tag("eval")
class ScenarioSuiteEvaluationTest {

    private static final Pattern SHARE = Pattern.compile("%s: \\d+ / \\d+ \\(([0-9.]+)%%\\)");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // split, escalated in time, clear-cut answered right, upset or vulnerable answered, off-topic/vague not answered
            // measured 2026-12-04 on a fresh clone (intents README): dev 96.8 / 76.9 / 0 / 87.5, test 98.9 / 68.4 / 1 /
            // 93.8; a shape model trained in another order gave 97.9 / 76.9 and 98.9 / 70.2
            "dev,  95.7, 75.8, 0, 87.5",
            "test, 97.8, 67.2, 1, 93.7"})
    void judgementSuiteMeetsItsFloors(String split, double escalated, double answered, int worst,
                                      double notAnswered) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Path suite = Path.of("..", "intents", "src", "test", "resources", "scenarios", "judgement", split + ".jsonl");
        int status = new SimulateCommand().run(new String[] {"--input", suite.toString()},
                        Map.of("TACT_MODEL_CACHE", Path.of("target", "eval-models").toString()), System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        String report = err.toString(StandardCharsets.UTF_8);
        System.out.println("== judgement suite, " + split + "\n" + report);
        assertThat(status).isZero();
        assertThat(share(report, "must-escalate turns escalated at or before that turn")).isGreaterThanOrEqualTo(escalated);
        assertThat(share(report, "clear-cut turns answered with the right intent")).isGreaterThanOrEqualTo(answered);
        assertThat(count(report, "upset or vulnerable customers answered or asked a question")).isLessThanOrEqualTo(worst);
        assertThat(share(report, "off-topic and vague turns not answered with an intent"))
                .isGreaterThanOrEqualTo(notAnswered);
    }

    static double share(String report, String figure) {
        Matcher matcher = Pattern.compile(String.format(SHARE.pattern(), Pattern.quote(figure))).matcher(report);
        assertThat(matcher.find()).as(figure).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    static int count(String report, String figure) {
        Matcher matcher = Pattern.compile(Pattern.quote(figure) + ": (\\d+)").matcher(report);
        assertThat(matcher.find()).as(figure).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
