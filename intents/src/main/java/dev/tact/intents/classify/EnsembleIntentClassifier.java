package dev.tact.intents.classify;

import dev.tact.core.analysis.IntentScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The intent classifier: a weighted average of the maxent and the embedding-regression probabilities (either may
 * be absent). The {@code oos} class, when trained, becomes the out-of-scope score and is left out of the ranking.
 */
public final class EnsembleIntentClassifier implements IntentClassifier {

    private final List<String> labels;
    private final Optional<MaxentIntentModel> maxent;
    private final Optional<EmbeddingRegression> regression;
    private final double maxentWeight;
    private final int outOfScopeIndex;

    public EnsembleIntentClassifier(List<String> labels, Optional<MaxentIntentModel> maxent,
                                    Optional<EmbeddingRegression> regression, double maxentWeight) {
        if (maxent.isEmpty() && regression.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one model");
        }
        this.labels = List.copyOf(labels);
        this.maxent = maxent;
        this.regression = regression;
        this.maxentWeight = maxent.isEmpty() ? 0 : regression.isEmpty() ? 1 : maxentWeight;
        this.outOfScopeIndex = this.labels.indexOf(LabeledText.OUT_OF_SCOPE);
    }

    public List<String> labels() {
        return labels;
    }

    public Optional<MaxentIntentModel> maxent() {
        return maxent;
    }

    public Optional<EmbeddingRegression> regression() {
        return regression;
    }

    public double maxentWeight() {
        return maxentWeight;
    }

    @Override
    public IntentPrediction classify(String text) {
        double[] p = new double[labels.size()];
        maxent.ifPresent(model -> add(p, model.probabilities(text, labels), maxentWeight));
        regression.ifPresent(model -> add(p, model.probabilities(text), 1 - maxentWeight));
        List<IntentScore> ranked = new ArrayList<>(labels.size());
        for (int i = 0; i < p.length; i++) {
            if (i != outOfScopeIndex) {
                ranked.add(new IntentScore(labels.get(i), clamp(p[i])));
            }
        }
        return new IntentPrediction(ranked, outOfScopeIndex < 0 ? 0 : clamp(p[outOfScopeIndex]));
    }

    private static void add(double[] sum, double[] probabilities, double weight) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += weight * probabilities[i];
        }
    }

    private static double clamp(double probability) {
        return Math.max(0, Math.min(1, probability));
    }
}
