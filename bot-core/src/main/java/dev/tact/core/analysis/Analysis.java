package dev.tact.core.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the analyzers understood of one customer message.
 *
 * @param intents    candidate intents, most probable first
 * @param outOfScope how likely the message is outside the domain, 0..1
 * @param sentiment  -1 (very negative) .. 1 (very positive)
 * @param emotions   emotion class to score, 0..1
 * @param signals    further named figures (ambiguity, hedging…) that the handoff policy may read
 * @param analyzer   the name of the analyzer that produced it, for the agent and the logs
 */
public record Analysis(List<IntentScore> intents, double outOfScope, double sentiment, Map<String, Double> emotions,
                       Map<String, Double> signals, String analyzer) {

    /** The intent name used when no intent is recognised. */
    public static final String NO_INTENT = "none";

    public Analysis {
        Objects.requireNonNull(intents, "intents must not be null");
        Objects.requireNonNull(emotions, "emotions must not be null");
        Objects.requireNonNull(signals, "signals must not be null");
        Objects.requireNonNull(analyzer, "analyzer must not be null");
        intents = intents.stream().sorted(Comparator.comparingDouble(IntentScore::probability).reversed()).toList();
        emotions = Map.copyOf(emotions);
        signals = Map.copyOf(signals);
    }

    /** The most probable intent, or {@link #NO_INTENT} with probability 0. */
    public IntentScore top() {
        return intents.isEmpty() ? new IntentScore(NO_INTENT, 0) : intents.get(0);
    }

    /** The gap between the two most probable intents (the top probability when there is only one). */
    public double margin() {
        if (intents.size() < 2) {
            return top().probability();
        }
        return intents.get(0).probability() - intents.get(1).probability();
    }

    /** A copy with one more named signal. */
    public Analysis withSignal(String name, double value) {
        return withSignals(Map.of(name, value));
    }

    /** A copy with more named signals (replacing those of the same name). */
    public Analysis withSignals(Map<String, Double> more) {
        Map<String, Double> all = new LinkedHashMap<>(signals);
        all.putAll(more);
        return new Analysis(intents, outOfScope, sentiment, emotions, all, analyzer);
    }

    /** A copy with emotion scores (replacing those of the same name). */
    public Analysis withEmotions(Map<String, Double> more) {
        Map<String, Double> all = new LinkedHashMap<>(emotions);
        all.putAll(more);
        return new Analysis(intents, outOfScope, sentiment, all, signals, analyzer);
    }

    /** The probability of one intent among the ranked ones, 0 when it is not among them. */
    public double probabilityOf(String intent) {
        return intents.stream().filter(score -> score.intent().equals(intent)).mapToDouble(IntentScore::probability)
                .findFirst().orElse(0);
    }
}
