package dev.tact.app.wiring;

import dev.tact.core.analysis.Analyzer;
import dev.tact.core.decision.PolicySettings;
import dev.tact.core.decision.PolicySettingsProvider;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.emotion.EmotionModels;
import dev.tact.intents.emotion.EmotionSettings;
import dev.tact.intents.runtime.CustomerAnalyzer;
import dev.tact.intents.runtime.EmotionDetectors;
import dev.tact.intents.runtime.IntentModels;
import dev.tact.intents.runtime.RequestShapes;
import dev.tact.intents.runtime.RepairDetectors;
import dev.tact.intents.sentiment.LexiconSentimentScorer;
import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the cached intent and emotion models on a thread of its own as soon as the application context starts, so
 * that reading them and starting the ONNX session overlap with the rest of the start-up instead of following it;
 * whoever needs the analyzer waits for it, and {@code /health} reports DOWN until it is ready. When a model is not
 * cached, training (tens of seconds for the intents, a few minutes for the emotions, seconds for the repair model) happens before the context
 * finishes starting: the server does not accept messages it would keep waiting.
 */
@Context
public class IntentModelLoader {

    private static final Logger LOG = LoggerFactory.getLogger(IntentModelLoader.class);

    private final CompletableFuture<Analyzer> analyzer;

    public IntentModelLoader(IntentModels models, Domain domain, IntentsConfiguration configuration,
                             PolicySettingsProvider policy, Encoders encoders) {
        PolicySettings settings = policy.current();
        Path cache = Path.of(configuration.modelCache());
        var sentiment = new LexiconSentimentScorer();
        TrainingListener progress = new LoggingProgress(LOG);
        String name = configuration.mode().name().toLowerCase(Locale.ROOT) + "+emotion+sensitive+ambiguity";
        java.util.function.Supplier<Analyzer> load = () -> CustomerAnalyzer.create(domain,
                models.loadOrTrain(domain, progress),
                EmotionDetectors.forMode(configuration.mode(), cache, encoders, sentiment,
                        configuration.emotionTrainingRows(), progress),
                RequestShapes.forMode(configuration.mode(), cache, encoders, progress),
                RepairDetectors.forMode(configuration.mode(), cache, encoders, progress),
                sentiment, settings, name);
        boolean cached = Files.isRegularFile(models.file(domain))
                && EmotionModels.bundled(EmotionSettings.defaults(), cache, encoders, sentiment,
                configuration.emotionTrainingRows()).available()
                && RequestShapes.available(configuration.mode(), cache, encoders)
                && RepairDetectors.available(configuration.mode(), cache, encoders);
        if (!cached) {
            this.analyzer = CompletableFuture.completedFuture(load.get());
            return;
        }
        this.analyzer = CompletableFuture.supplyAsync(load, runnable -> {
            Thread thread = new Thread(runnable, "intent-model-loader");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The analyzer, waiting for its models if they are still loading; the loading failure if it failed. */
    public Analyzer analyzer() {
        try {
            return analyzer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Empty while the models are loading. */
    public Optional<Throwable> failure() {
        return analyzer.isCompletedExceptionally()
                ? Optional.of(analyzer.handle((ok, error) -> error).join()) : Optional.empty();
    }

    public boolean ready() {
        return analyzer.isDone() && !analyzer.isCompletedExceptionally();
    }
}
