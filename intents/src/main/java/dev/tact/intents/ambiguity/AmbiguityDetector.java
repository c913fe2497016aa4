package dev.tact.intents.ambiguity;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Detector;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Message;
import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.classify.IntentPrediction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ambiguity beyond the classifier's own figures (its top probability, margin and out-of-scope score, which the
 * policy reads directly) and the request's shape ({@link RequestShapeDetector}):
 * {@link Signals#INTENTS_IN_MESSAGE}, the number of different intents the message's clauses
 * ask for when each clause is classified on its own and recognised with at least {@code clauseConfidence}.
 * Conversational intents (greetings, thanks…) do not count: "thanks, and how do I top up" asks one thing.
 * A message that asks for nothing clearly but ends with a confident closing remark takes that remark's intents
 * ({@link Signals#CLOSING_REMARK}). A clause that asks for a person gives its probability as
 * {@link Signals#HUMAN_REQUEST}, so that "I want to speak to a person, my card was stolen" is a request for one.
 */
public final class AmbiguityDetector implements Detector {

    private final IntentClassifier classifier;
    private final Set<String> ignored;
    private final Set<String> conversational;
    private final double clauseConfidence;
    private final String personIntent;
    /** The whole message's probability of the person intent from which its parts are looked at one by one. */
    static final double PERSON_HINT = 0.05;

    public AmbiguityDetector(IntentClassifier classifier, Set<String> ignored, Set<String> conversational,
                             double clauseConfidence) {
        this(classifier, ignored, conversational, clauseConfidence, "");
    }

    /**
     * @param classifier       the intent classifier, for the clauses
     * @param ignored          intents that never count as a request of their own (conversational, sensitive…)
     * @param conversational   the conversational intents a closing remark may be (thanks, goodbye…)
     * @param clauseConfidence the probability a clause's intent needs to count
     * @param personIntent     the intent of a request for a person, looked for in every clause (empty: none)
     */
    public AmbiguityDetector(IntentClassifier classifier, Set<String> ignored, Set<String> conversational,
                             double clauseConfidence, String personIntent) {
        this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
        this.ignored = Set.copyOf(ignored);
        this.conversational = Set.copyOf(conversational);
        this.clauseConfidence = clauseConfidence;
        this.personIntent = Objects.requireNonNull(personIntent, "personIntent must not be null");
    }

    @Override
    public Analysis detect(String text, List<Message> history, Analysis analysis) {
        double[] person = {0};
        int intents = intentsIn(text, analysis.top(), person);
        if (person[0] == 0 && analysis.probabilityOf(personIntent) >= PERSON_HINT) {
            person[0] = personInParts(text);
        }
        Analysis closing = intents == 0 ? closingRemark(text, analysis) : analysis;
        Analysis counted = closing.withSignal(Signals.INTENTS_IN_MESSAGE, intents);
        return person[0] > 0 ? counted.withSignal(Signals.HUMAN_REQUEST, person[0]) : counted;
    }

    /**
     * "ok, I'll try that, thanks": when the whole message asks for nothing the classifier is sure of, but its last
     * comma-separated part is a confident conversational intent (thanks, goodbye…), that part is what the message
     * means; the analysis takes its ranking. One more classification, only for such unclear messages.
     */
    private Analysis closingRemark(String text, Analysis analysis) {
        if (analysis.top().probability() >= clauseConfidence) {
            return analysis;
        }
        int comma = text.lastIndexOf(',');
        if (comma < 0 || comma == text.length() - 1) {
            return analysis;
        }
        IntentPrediction last = classifier.classify(text.substring(comma + 1).strip());
        IntentScore top = last.top();
        if (!conversational.contains(top.intent()) || top.probability() < clauseConfidence
                || last.outOfScope() >= 0.5) {
            return analysis;
        }
        return new Analysis(last.ranked().subList(0, Math.min(analysis.intents().size(), last.ranked().size())),
                last.outOfScope(), analysis.sentiment(), analysis.emotions(), analysis.signals(),
                analysis.analyzer()).withSignal(Signals.CLOSING_REMARK, 1);
    }

    /**
     * The highest probability of the person intent among the comma-separated parts of {@code text} ("I want to
     * speak to a person, my card was stolen"), asked only when the whole message hints at one.
     */
    private double personInParts(String text) {
        double best = 0;
        for (String raw : text.split("[,;:.!?]+")) {
            String part = raw.strip();
            if (part.split("\\s+").length >= Clauses.MIN_WORDS && part.length() < text.strip().length()) {
                IntentScore top = classifier.classify(part).top();
                if (top.intent().equals(personIntent)) {
                    best = Math.max(best, top.probability());
                }
            }
        }
        return best;
    }

    /** The number of different intents the clauses of {@code text} ask for (the whole message's when one clause). */
    int intentsIn(String text, IntentScore whole) {
        return intentsIn(text, whole, new double[1]);
    }

    /** … and, in {@code person[0]}, the highest probability of the person intent among the clauses. */
    private int intentsIn(String text, IntentScore whole, double[] person) {
        List<Clauses.Clause> clauses = Clauses.split(text);
        if (clauses.size() < 2) {
            return counts(whole) ? 1 : 0;
        }
        Set<String> intents = new LinkedHashSet<>();
        for (Clauses.Clause clause : clauses) {
            if (!clause.request()) {
                continue;
            }
            IntentPrediction prediction = classifier.classify(clause.text());
            IntentScore top = prediction.top();
            if (!personIntent.isEmpty() && top.intent().equals(personIntent)) {
                person[0] = Math.max(person[0], top.probability());
            }
            if (counts(top) && prediction.outOfScope() < 0.5) {
                intents.add(top.intent());
            }
        }
        return intents.size();
    }

    private boolean counts(IntentScore score) {
        return score.probability() >= clauseConfidence && !ignored.contains(score.intent());
    }
}
