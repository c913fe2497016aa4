package dev.tact.app.cli;

import dev.tact.app.wiring.IntentEngineFactory;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.decision.PolicySettings;
import dev.tact.core.decision.PolicySettingsProvider;
import dev.tact.core.decision.ThresholdHandoffPolicy;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.ProgressBar;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.emotion.EmotionClass;
import dev.tact.intents.runtime.CustomerAnalyzer;
import dev.tact.intents.domain.DomainResponses;
import dev.tact.intents.domain.DomainRules;
import dev.tact.intents.runtime.EmotionDetectors;
import dev.tact.intents.runtime.IntentModels;
import dev.tact.intents.runtime.RequestShapes;
import dev.tact.intents.runtime.RepairDetectors;
import dev.tact.intents.sentiment.LexiconSentimentScorer;

import java.io.PrintStream;

/**
 * What {@code simulate} and {@code analyze} understand messages with: the configured domain, its trained intent
 * model, the emotion model and the repair model (each from the cache, or trained with a progress bar on standard
 * error), every detector, and the default handoff policy with the domain's own rules.
 */
record Understanding(Domain domain, Analyzer analyzer, ThresholdHandoffPolicy policy) {

    static Understanding load(CommandSettings settings, int emotionTrainingRows, PrintStream err) {
        Domain domain = IntentEngineFactory.loadDomain(settings.domain());
        Encoders encoders = new Encoders();
        ProgressBar progress = new ProgressBar(err);
        var classifier = new IntentModels(settings.classifier(), settings.modelCache(), encoders)
                .loadOrTrain(domain, progress);
        var sentiment = new LexiconSentimentScorer();
        var emotion = EmotionDetectors.forMode(settings.classifier().mode(), settings.modelCache(), encoders,
                sentiment, emotionTrainingRows, progress);
        var shapes = RequestShapes.forMode(settings.classifier().mode(), settings.modelCache(), encoders, progress);
        var repair = RepairDetectors.forMode(settings.classifier().mode(), settings.modelCache(), encoders, progress);
        progress.finish();
        PolicySettings policy = DomainRules.applyTo(settings.policy(), domain);
        Analyzer analyzer = CustomerAnalyzer.create(domain, classifier, emotion, shapes, repair, sentiment, policy,
                settings.classifier().mode().name().toLowerCase(java.util.Locale.ROOT));
        return new Understanding(domain, analyzer, new ThresholdHandoffPolicy(PolicySettingsProvider.fixed(policy),
                new DomainResponses(domain), EmotionClass.empathy()));
    }
}
