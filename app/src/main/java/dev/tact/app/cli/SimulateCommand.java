package dev.tact.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.InMemoryConversationStore;
import dev.tact.core.conversation.InboundMessage;
import dev.tact.core.decision.Decision;
import dev.tact.core.decision.ThresholdHandoffPolicy;
import dev.tact.core.engine.ConversationEngine;
import dev.tact.core.engine.EngineTexts;
import dev.tact.core.engine.TurnResult;
import dev.tact.core.event.InProcessEventBus;
import dev.tact.core.handoff.InMemoryHandoffQueue;
import dev.tact.intents.IntentsException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code simulate --input conversations.jsonl}: runs each conversation through the real engine (the configured
 * domain, its trained model and the default policy) with an in-memory store, and prints one JSON line per turn:
 * {@code {"id", "turn", "decision": "answer|clarify|decline|escalate|with_human", "intent", "confidence", "reasons"}}.
 * A turn may be a string or an object with {@code text} and, for scoring, {@code expect}
 * ({@code answer|clarify|decline|escalate|with_human}), {@code intent} and {@code reason}; when expectations are present a
 * summary goes to standard error (see {@link ScenarioScore}).
 */
public final class SimulateCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * {@code simulate --input conversations.jsonl [--domain D] [--mode M] [--encoders E] [--model-cache DIR]}: the
     * model is loaded from the cache or trained.
     */
    @Override
    public int run(String[] args, Map<String, String> environment, InputStream in, PrintStream out,
                   PrintStream err) {
        try {
            CommandSettings settings = CommandSettings.parse(args, environment, true);
            Path input = input(settings.rest());
            Understanding understanding = Understanding.load(settings,
                    CommandSettings.emotionTrainingRows(environment), err);
            return simulate(understanding, input, out, err);
        } catch (IllegalArgumentException | IntentsException | IOException e) {
            err.println("simulate: " + e.getMessage());
            return 2;
        }
    }

    /** The file of {@code --input FILE}, the only option of its own. */
    private static Path input(List<String> options) {
        if (options.size() != 2 || !options.get(0).equals("--input")) {
            throw new IllegalArgumentException("usage: simulate --input conversations.jsonl");
        }
        Path input = Path.of(options.get(1));
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("no such file: " + input);
        }
        return input;
    }

    private static int simulate(Understanding understanding, Path input, PrintStream out, PrintStream err)
            throws IOException {
        ScenarioScore score = new ScenarioScore();
        int lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode conversation;
                try {
                    conversation = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(input + ":" + lineNumber + ": not JSON: " + e.getMessage());
                }
                if (!conversation.path("turns").isArray() || conversation.path("id").asText().isEmpty()) {
                    throw new IllegalArgumentException(input + ":" + lineNumber
                            + ": each line needs an \"id\" and a \"turns\" array");
                }
                simulate(understanding.analyzer(), understanding.policy(), conversation, out, score);
            }
        }
        if (score.hasExpectations()) {
            err.print(score.report());
        }
        return 0;
    }

    private static void simulate(Analyzer analyzer, ThresholdHandoffPolicy policy, JsonNode scenario, PrintStream out,
                                 ScenarioScore score) {
        var store = new InMemoryConversationStore();
        // a web conversation: the replies are in the turn results and the history, nothing is sent
        var engine = new ConversationEngine(store, analyzer, policy, new InMemoryHandoffQueue(store),
                List.of(), new InProcessEventBus(), Clock.systemUTC(), EngineTexts.defaults());
        String id = scenario.get("id").asText();
        Conversation conversation = engine.open(Channel.WEB, "simulated-" + id, "", "");
        int turn = 0;
        for (JsonNode node : scenario.get("turns")) {
            turn++;
            String text = node.isTextual() ? node.asText() : node.path("text").asText();
            TurnResult result = engine.receive(new InboundMessage(Channel.WEB, conversation.externalUserId(),
                    id + "-" + turn, text, "", Clock.systemUTC().instant()));
            ObjectNode line = JSON.createObjectNode();
            line.put("id", id);
            line.put("turn", turn);
            String decision = result.decision().map(Decision::name).orElse(Decision.WITH_HUMAN);
            line.put("decision", decision);
            result.analysis().ifPresentOrElse(analysis -> {
                line.put("intent", analysis.top().intent());
                line.put("confidence", analysis.top().probability());
                line.put("sentiment", analysis.sentiment());
                line.put("emotion", analysis.signals().getOrDefault(Signals.EMOTION, 0.0));
                var signals = line.putObject("signals");
                analysis.signals().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(signal -> signals.put(signal.getKey(), signal.getValue()));
            }, () -> {
                line.putNull("intent");
                line.putNull("confidence");
            });
            var reasons = line.putArray("reasons");
            result.decision().ifPresent(made -> made.reasons().forEach(reason -> reasons.addObject()
                    .put("signal", reason.signal()).put("value", reason.value())
                    .put("threshold", reason.threshold())));
            out.println(line);
            if (node.isObject() && node.has("expect")) {
                score.add(scenario.path("category").asText(""), id, turn, text, node, decision,
                        line.path("intent").asText(""));
            }
        }
    }
}
