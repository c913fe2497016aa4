package dev.tact.app.cli;

import dev.tact.app.wiring.IntentEngineFactory;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.EnsembleTrainer;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code evaluate-intents [--mode M] [--encoders E] [--domain D] [--min-confidence X] [--min-margin X]
 * [--max-out-of-scope X] …}: the evaluation of {@code intents} ({@link dev.tact.intents.evaluate.EvaluateIntentsCommand},
 * see its usage for the other options) with the configured classifier settings and the handoff policy's answer gate,
 * whose thresholds the last three options replace.
 */
public final class EvaluateIntentsCommand implements Command {

    @Override
    public int run(String[] args, Map<String, String> environment, InputStream in, PrintStream out,
                   PrintStream err) {
        CommandSettings settings;
        try {
            settings = CommandSettings.parse(args, environment, true);
        } catch (IllegalArgumentException e) {
            err.println("evaluate-intents: " + e.getMessage());
            return 2;
        }
        var trainer = new EnsembleTrainer(settings.classifier(), new Encoders()::get);
        return new dev.tact.intents.evaluate.EvaluateIntentsCommand(trainer, settings.gate(),
                () -> IntentEngineFactory.loadDomain(settings.domain()).samples())
                .run(settings.rest().toArray(String[]::new), out, err);
    }
}
