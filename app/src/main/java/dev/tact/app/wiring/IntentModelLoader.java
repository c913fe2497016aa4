package dev.tact.app.wiring;

import dev.tact.intents.classify.EnsembleIntentClassifier;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.runtime.IntentModels;
import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the cached intent model on a thread of its own as soon as the application context starts, so that
 * reading the model and starting the ONNX session overlap with the rest of the start-up instead of following it;
 * whoever needs the model waits for it, and {@code /health} reports DOWN until it is ready. When no model is
 * cached, training (tens of seconds) happens before the context finishes starting, as before: the server does
 * not accept messages it would keep waiting.
 */
@Context
public class IntentModelLoader {

    private static final Logger LOG = LoggerFactory.getLogger(IntentModelLoader.class);

    private final CompletableFuture<EnsembleIntentClassifier> classifier;

    public IntentModelLoader(IntentModels models, Domain domain) {
        if (!Files.isRegularFile(models.file(domain))) {
            this.classifier = CompletableFuture.completedFuture(models.train(domain, new LoggingProgress(LOG)));
            return;
        }
        this.classifier = CompletableFuture.supplyAsync(() -> models.loadOrTrain(domain, new LoggingProgress(LOG)),
                runnable -> {
                    Thread thread = new Thread(runnable, "intent-model-loader");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** The model, waiting for it if it is still loading; the loading failure if it failed. */
    public EnsembleIntentClassifier classifier() {
        try {
            return classifier.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Empty while the model is loading. */
    public Optional<Throwable> failure() {
        return classifier.isCompletedExceptionally()
                ? Optional.of(classifier.handle((ok, error) -> error).join()) : Optional.empty();
    }

    public boolean ready() {
        return classifier.isDone() && !classifier.isCompletedExceptionally();
    }
}
