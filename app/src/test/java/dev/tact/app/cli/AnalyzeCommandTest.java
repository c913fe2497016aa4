package dev.tact.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.app.support.TestModels;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze} through the real models: one line per message, every detector, the policy's decision. */
class AnalyzeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int analyze(String input, String... args) {
        return new AnalyzeCommand().run(args, TestModels.environment(),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        ObjectMapper json = new ObjectMapper();
        return out.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
    }

    @Test
    void analyzeJsonGivesEveryFieldAndTheDecisionPerLine() {
        assertThat(analyze("""
                how do I change my PIN?

                my husband passed away last week and his card is still being charged
                I want to cancel the transfer, unless it already went through, in which case can I get a refund?
                """, "--json")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(3);
        JsonNode pin = lines.get(0);
        assertThat(pin.get("intent").asText()).isEqualTo("change_pin");
        assertThat(pin.get("decision").asText()).isEqualTo("answer");
        assertThat(pin.get("emotional").asBoolean()).isFalse();
        assertThat(pin.get("ambiguous").asBoolean()).isFalse();
        assertThat(pin.get("out_of_scope").asBoolean()).isFalse();
        for (String field : List.of("probability", "margin", "sentiment", "emotion", "emotion_score", "reasons",
                "signals", "emotions")) {
            assertThat(pin.has(field)).as(field).isTrue();
        }
        assertThat(lines.get(1).get("decision").asText()).isEqualTo("escalate");
        assertThat(lines.get(1).get("reasons").get(0).get("signal").asText()).isEqualTo("sensitive");
        assertThat(lines.get(2).get("decision").asText()).isEqualTo("escalate");
        assertThat(lines.get(2).get("ambiguous").asBoolean()).isTrue();
        assertThat(lines.get(2).get("reasons").findValuesAsText("signal")).contains("hedged");
    }

    @Test
    void analyzeTextPrintsOneReadableLinePerMessage() {
        assertThat(analyze("where is my new card\nhello\n")).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("answer").contains("card_arrival", "emotional=false");
    }

    @Test
    void analyzeUnknownOptionIsAUsageError() {
        assertThat(analyze("hi\n", "--yaml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --yaml");
    }
}
