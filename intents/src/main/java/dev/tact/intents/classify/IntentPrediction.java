package dev.tact.intents.classify;

import dev.tact.core.analysis.IntentScore;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What an intent classifier says of one text.
 *
 * @param ranked     the domain's intents with their probabilities, most probable first (never the
 *                   out-of-scope class)
 * @param outOfScope how likely the text is outside the domain, 0..1
 */
public record IntentPrediction(List<IntentScore> ranked, double outOfScope) {

    public IntentPrediction {
        Objects.requireNonNull(ranked, "ranked must not be null");
        ranked = ranked.stream().sorted(Comparator.comparingDouble(IntentScore::probability).reversed()).toList();
    }

    public IntentScore top() {
        return ranked.isEmpty() ? new IntentScore("none", 0) : ranked.get(0);
    }

    /** The gap between the two best intents. */
    public double margin() {
        return ranked.size() < 2 ? top().probability() : ranked.get(0).probability() - ranked.get(1).probability();
    }
}
