package dev.tact.app.wiring;

import dev.tact.core.analysis.Analyzer;
import dev.tact.core.decision.ResponseCatalog;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainLoader;
import dev.tact.intents.domain.DomainResponses;
import dev.tact.intents.runtime.IntentModels;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configured domain, its answers and the intent analyzer; {@link IntentModelLoader} brings the model (from the
 * cache when the domain and settings are unchanged, otherwise by training, logged with its progress;
 * {@code tact train} does it ahead of time).
 */
@Factory
public class IntentEngineFactory {

    @Singleton
    Domain domain(IntentsConfiguration configuration) {
        return loadDomain(configuration.domain());
    }

    /** A directory when one exists at that path, otherwise the name of a domain bundled in the jar. */
    public static Domain loadDomain(String domain) {
        Path directory = Path.of(domain);
        return Files.isDirectory(directory) ? DomainLoader.load(directory) : DomainLoader.bundled(domain);
    }

    @Singleton
    Encoders encoders() {
        return Encoders.shared();
    }

    @Singleton
    IntentModels intentModels(IntentsConfiguration configuration, Encoders encoders) {
        return new IntentModels(configuration.classifierSettings(), Path.of(configuration.modelCache()), encoders);
    }

    /** The analyzer waits for the model on its first message if that comes while the model is still loading. */
    @Singleton
    Analyzer analyzer(IntentModelLoader loader) {
        return new ModelWaitingAnalyzer(loader);
    }

    @Singleton
    ResponseCatalog responses(Domain domain) {
        return new DomainResponses(domain);
    }
}
