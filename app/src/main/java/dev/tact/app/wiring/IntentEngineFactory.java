package dev.tact.app.wiring;

import dev.tact.core.analysis.Analyzer;
import dev.tact.core.decision.ResponseCatalog;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainLoader;
import dev.tact.intents.domain.IntentDefinition;
import dev.tact.intents.runtime.DomainResponses;
import dev.tact.intents.runtime.IntentAnalyzer;
import dev.tact.intents.runtime.IntentModels;
import dev.tact.intents.sentiment.LexiconSentimentScorer;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the configured domain and its intent model when the application starts: from the model cache when the
 * domain and settings are unchanged, otherwise by training (logged with its progress; {@code tact train} does it
 * ahead of time).
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
    Analyzer analyzer(IntentModelLoader loader, IntentsConfiguration configuration) {
        String name = "intents-" + configuration.mode().name().toLowerCase(Locale.ROOT) + "+lexicon-sentiment";
        return new ModelWaitingAnalyzer(loader, new LexiconSentimentScorer(), name);
    }

    @Singleton
    ResponseCatalog responses(Domain domain) {
        return new DomainResponses(domain);
    }

    /** The domain's own handoff rules, which the policy adds to the configured ones. */
    static IntentRules intentRules(Domain domain) {
        Set<String> always = domain.intents().stream().filter(intent -> intent.handoff().alwaysHuman())
                .map(IntentDefinition::name).collect(Collectors.toSet());
        Set<String> never = domain.intents().stream().filter(intent -> intent.handoff().neverHuman())
                .map(IntentDefinition::name).collect(Collectors.toSet());
        Map<String, Double> minConfidence = domain.intents().stream()
                .filter(intent -> intent.handoff().minConfidence().isPresent())
                .collect(Collectors.toMap(IntentDefinition::name,
                        intent -> intent.handoff().minConfidence().getAsDouble()));
        return new IntentRules(always, never, minConfidence);
    }

    record IntentRules(Set<String> alwaysHuman, Set<String> neverHuman, Map<String, Double> minConfidence) {
    }
}
