package dev.tact.intents.runtime;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Message;
import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.conversation.FollowUps;
import dev.tact.intents.classify.IntentPrediction;
import dev.tact.intents.sentiment.SentimentScorer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Understands one message: the trained classifier's best intents and its out-of-scope score, and the lexicon
 * sentiment of the text (VADER/AFINN with negation, intensifiers, capitals, punctuation and emoji). The emotion
 * and ambiguity detectors add their signals on top. A short follow-up the classifier is unsure of on its own ("do
 * you charge for that?", "and my email as well?") is read together with the customer's previous question, when
 * the bot answered it and the two together are understood better ({@link Signals#FOLLOW_UP}).
 */
public final class IntentAnalyzer implements Analyzer {

    /** How many ranked intents an analysis keeps (the agent sees them; the policy reads the first two). */
    static final int KEEP = 5;

    private final IntentClassifier classifier;
    private final SentimentScorer sentiment;
    private final String name;
    private final Set<String> conversational;

    public IntentAnalyzer(IntentClassifier classifier, SentimentScorer sentiment, String name) {
        this(classifier, sentiment, name, Set.of());
    }

    /**
     * @param conversational greetings, thanks and goodbyes: a message read as one of them is never taken as a
     *                       follow-up of the previous question ("no that's fine, thanks" closes it)
     */
    public IntentAnalyzer(IntentClassifier classifier, SentimentScorer sentiment, String name,
                          Set<String> conversational) {
        this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
        this.sentiment = Objects.requireNonNull(sentiment, "sentiment must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.conversational = Set.copyOf(conversational);
    }

    @Override
    public Analysis analyze(String text, List<Message> history) {
        IntentPrediction prediction = classifier.classify(text);
        Map<String, Double> signals = Map.of();
        Optional<String> previous = FollowUps.previousQuestion(history);
        if (previous.isPresent() && !conversational.contains(prediction.top().intent())
                && FollowUps.mayContinue(text, prediction)) {
            IntentPrediction together = classifier.classify(previous.get() + "\n" + text);
            if (together.top().probability() > prediction.top().probability()) {
                prediction = together;
                signals = Map.of(Signals.FOLLOW_UP, 1.0);
            }
        }
        List<IntentScore> top = prediction.ranked().subList(0, Math.min(KEEP, prediction.ranked().size()));
        return new Analysis(top, prediction.outOfScope(), sentiment.score(text).compound(), Map.of(), signals, name);
    }
}
