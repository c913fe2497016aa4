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
        Map<String, Double> more = new LinkedHashMap<>(signals);
        more.put(name, value);
        return new Analysis(intents, outOfScope, sentiment, emotions, more, analyzer);
    }
}
