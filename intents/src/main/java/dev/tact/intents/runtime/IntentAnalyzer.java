package dev.tact.intents.runtime;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.conversation.Message;
import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.classify.IntentPrediction;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The intent side of the analysis: the trained classifier's best intents and its out-of-scope score. Sentiment
 * and emotion are left neutral here; the emotion and ambiguity detectors add them.
 */
public final class IntentAnalyzer implements Analyzer {

    /** How many ranked intents an analysis keeps (the agent sees them; the policy reads the first two). */
    static final int KEEP = 5;

    private final IntentClassifier classifier;
    private final String name;

    public IntentAnalyzer(IntentClassifier classifier, String name) {
        this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
    }

    @Override
    public Analysis analyze(String text, List<Message> history) {
        IntentPrediction prediction = classifier.classify(text);
        List<IntentScore> top = prediction.ranked().subList(0, Math.min(KEEP, prediction.ranked().size()));
        return new Analysis(top, prediction.outOfScope(), 0, Map.of(), Map.of(), name);
    }
}
