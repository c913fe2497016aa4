package dev.tact.intents.runtime;

import dev.tact.core.analysis.Analyzer;
import dev.tact.core.analysis.AnalyzerPipeline;
import dev.tact.core.decision.PolicySettings;
import dev.tact.intents.ambiguity.AmbiguityDetector;
import dev.tact.intents.ambiguity.HedgeShapes;
import dev.tact.intents.ambiguity.RequestShapeClassifier;
import dev.tact.intents.ambiguity.RequestShapeDetector;
import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.conversation.ChoiceDetector;
import dev.tact.intents.conversation.ConversationSignals;
import dev.tact.intents.conversation.RepairModel;
import dev.tact.intents.conversation.RepairSignals;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainRules;
import dev.tact.intents.emotion.EmotionDetector;
import dev.tact.intents.emotion.EmotionSignals;
import dev.tact.intents.sensitive.SensitiveDetector;
import dev.tact.intents.sensitive.SensitiveTerms;
import dev.tact.intents.sentiment.SentimentScorer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole understanding of a customer turn, as the engine and the {@code analyze} command use it: the intent
 * classifier with the lexicon sentiment, then the emotion, sensitive-situation, ambiguity, request-shape,
 * conversation, repair and choice detectors, each adding its signals.
 */
public final class CustomerAnalyzer {

    /** A clause counts as a request of its own from this probability (the policy's default minimum confidence). */
    static final double CLAUSE_CONFIDENCE = 0.4;
    /** The domain's intents for "yes please" and "thanks" (what a picked "No, thanks" means). */
    static final String AFFIRM_INTENT = "affirm";
    static final String THANKS_INTENT = "thanks";

    private CustomerAnalyzer() {
    }

    /**
     * The analyzer without the learned request-shape and repair models: {@code hedged} from marker phrases only, and
     * {@code repair} from the not-helped and repeated intents.
     */
    public static Analyzer create(Domain domain, IntentClassifier classifier, EmotionDetector emotion,
                                  SentimentScorer sentiment, PolicySettings settings, String name) {
        return create(domain, classifier, emotion, new HedgeShapes(), Optional.empty(), sentiment, settings, name);
    }

    /**
     * @param domain     the domain the classifier was trained on (its sensitive and conversational intents)
     * @param classifier the trained intent classifier
     * @param emotion    the emotion detector
     * @param shapes     the request-shape classifier (see {@link RequestShapes#forMode})
     * @param repair     the repair model ({@link RepairDetectors#forMode}), empty for the fallback
     * @param sentiment  the lexicon sentiment scorer
     * @param settings   the policy's names of the human-request and not-helped intents
     * @param name       the analyzer's name, shown to agents
     */
    public static Analyzer create(Domain domain, IntentClassifier classifier, EmotionDetector emotion,
                                  RequestShapeClassifier shapes, Optional<RepairModel> repair,
                                  SentimentScorer sentiment, PolicySettings settings, String name) {
        DomainRules rules = DomainRules.of(domain);
        Set<String> sensitive = rules.sensitive();
        Set<String> conversational = rules.neverHuman();
        Set<String> notRequests = new HashSet<>(conversational);
        notRequests.add(settings.humanRequestIntent());
        notRequests.add(settings.notHelpedIntent());
        notRequests.addAll(sensitive);
        return new AnalyzerPipeline(new IntentAnalyzer(classifier, sentiment, name, conversational), List.of(
                new EmotionSignals(emotion),
                new SensitiveDetector(sensitive, SensitiveTerms.bundled()),
                new AmbiguityDetector(classifier, notRequests, conversational, CLAUSE_CONFIDENCE,
                        settings.humanRequestIntent()),
                new RequestShapeDetector(shapes),
                new ConversationSignals(sentiment, settings.notHelpedIntent(), conversational),
                new RepairSignals(repair, conversational),
                new ChoiceDetector(AFFIRM_INTENT, THANKS_INTENT)));
    }
}
