package dev.tact.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.decision.Decision;
import dev.tact.core.decision.PolicySettings;
import dev.tact.intents.IntentsException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code analyze [--json] < messages.txt}: each input line is one customer message, analysed on its own (no
 * conversation before it) by every detector and decided by the handoff policy. One output line per input line:
 * intent, probability, margin, sentiment, the strongest emotion class and the negative-emotion score, the booleans
 * {@code emotional}, {@code ambiguous} and {@code out_of_scope}, the decision ({@code answer}, {@code escalate}, or
 * {@code clarify} when the bot would first ask the customer to say it another way) and its reasons; with
 * {@code --json} one JSON object per line with the signals as well. Blank lines are skipped.
 */
public final class AnalyzeCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Conversation ALONE = new Conversation("analyze", Channel.WEB, "analyze", "", "",
            ConversationState.BOT, Instant.EPOCH, Instant.EPOCH);

    /** {@code analyze [--json] [--domain D] [--mode M] [--encoders E] [--model-cache DIR] < messages.txt}. */
    @Override
    public int run(String[] args, Map<String, String> environment, InputStream in, PrintStream out,
                   PrintStream err) {
        try {
            CommandSettings settings = CommandSettings.parse(args, environment, true);
            List<String> rest = settings.rest();
            boolean json = rest.contains("--json");
            if (rest.stream().anyMatch(option -> !option.equals("--json"))) {
                throw new IllegalArgumentException("unknown option " + rest.stream()
                        .filter(option -> !option.equals("--json")).findFirst().orElseThrow());
            }
            Understanding understanding = Understanding.load(settings,
                    CommandSettings.emotionTrainingRows(environment), err);
            return analyze(understanding, json, in, out);
        } catch (IllegalArgumentException e) {
            err.println("analyze: " + e.getMessage());
            err.println("usage: analyze [--json] [--domain banking|DIR] [--mode ENSEMBLE|OPENNLP_ONLY] < messages.txt");
            return 2;
        } catch (IntentsException | IOException e) {
            err.println("analyze: " + e.getMessage());
            return 2;
        }
    }

    private static int analyze(Understanding understanding, boolean json, InputStream in, PrintStream out)
            throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            Analysis analysis = understanding.analyzer().analyze(line, List.of());
            Decision decision = understanding.policy().decide(ALONE, analysis, List.of());
            ObjectNode result = describe(line, analysis, decision, understanding.policy().settings(), json);
            out.println(json ? result.toString() : text(result));
        }
        return 0;
    }

    static ObjectNode describe(String text, Analysis analysis, Decision decision, PolicySettings settings,
                               boolean json) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", text);
        node.put("intent", analysis.top().intent());
        node.put("probability", round(analysis.top().probability()));
        node.put("margin", round(analysis.margin()));
        node.put("sentiment", round(analysis.sentiment()));
        node.put("emotion", analysis.emotions().entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("none"));
        node.put("emotion_score", round(Signals.value(analysis, Signals.EMOTION)));
        node.put("emotional", Signals.value(analysis, Signals.EMOTIONAL) >= 1);
        node.put("ambiguous", Signals.value(analysis, Signals.HEDGED) >= settings.hedgedThreshold()
                || Signals.value(analysis, Signals.MULTIPLE_REQUESTS) >= settings.multipleThreshold()
                || Signals.value(analysis, Signals.VAGUE) >= settings.vagueThreshold()
                || Signals.value(analysis, Signals.INTENTS_IN_MESSAGE) > settings.maxIntentsPerMessage()
                || analysis.top().probability() < settings.minConfidenceFor(analysis.top().intent())
                || analysis.margin() < settings.minMargin());
        node.put("out_of_scope", analysis.outOfScope() > settings.maxOutOfScope());
        node.put("decision", decision.name());
        var reasons = node.putArray("reasons");
        decision.reasons().forEach(reason -> reasons.addObject().put("signal", reason.signal())
                .put("value", round(reason.value())).put("threshold", reason.threshold())
                .put("detail", reason.detail()));
        if (json) {
            var signals = node.putObject("signals");
            analysis.signals().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> signals.put(e.getKey(), round(e.getValue())));
            var emotions = node.putObject("emotions");
            analysis.emotions().forEach((name, score) -> emotions.put(name, round(score)));
        }
        return node;
    }

    private static String text(ObjectNode node) {
        StringBuilder reasons = new StringBuilder();
        node.get("reasons").forEach(reason -> reasons.append(reasons.isEmpty() ? "" : ",")
                .append(reason.get("signal").asText()));
        return String.format("%-9s %-32s p=%.2f margin=%.2f sentiment=%+.2f emotion=%s score=%.2f emotional=%s ambiguous=%s "
                        + "out_of_scope=%s%s",
                node.get("decision").asText(), node.get("intent").asText(), node.get("probability").asDouble(),
                node.get("margin").asDouble(), node.get("sentiment").asDouble(), node.get("emotion").asText(),
                node.get("emotion_score").asDouble(), node.get("emotional").asBoolean(),
                node.get("ambiguous").asBoolean(), node.get("out_of_scope").asBoolean(),
                reasons.isEmpty() ? "" : " reasons=" + reasons);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
