package dev.tact.intents.classify;

import dev.tact.core.analysis.IntentScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The intent classifier: a weighted average of the maxent and the embedding-regression probabilities (maxent or
 * the regressions may be absent). The {@code oos} class, when trained, becomes the out-of-scope score and is left
 * out of the ranking.
 */
public final class EnsembleIntentClassifier implements IntentClassifier {

    private final List<String> labels;
    private final Optional<MaxentIntentModel> maxent;
    private final double maxentWeight;
    private final List<EmbeddingClassifier> regressions;
    private final double[] regressionWeights;
    private final int outOfScopeIndex;
    private final double temperature;

    /**
     * @param maxentWeight      the maxent share (ignored, and taken as 1 or 0, when one side is absent)
     * @param regressionWeights relative weights of the regressions, normalised here
     * @param temperature       the calibration of the averaged probabilities (see {@link ClassifierSettings})
     */
    public EnsembleIntentClassifier(List<String> labels, Optional<MaxentIntentModel> maxent, double maxentWeight,
                                    List<EmbeddingClassifier> regressions, List<Double> regressionWeights,
                                    double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive and finite");
        }
        if (maxent.isEmpty() && regressions.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one model");
        }
        if (regressions.size() != regressionWeights.size()) {
            throw new IllegalArgumentException("one weight per regression");
        }
        this.labels = List.copyOf(labels);
        this.maxent = maxent;
        this.maxentWeight = maxent.isEmpty() ? 0 : regressions.isEmpty() ? 1 : maxentWeight;
        this.regressions = List.copyOf(regressions);
        double total = regressionWeights.stream().mapToDouble(Double::doubleValue).sum();
        this.regressionWeights = regressionWeights.stream().mapToDouble(w -> (1 - this.maxentWeight) * w / total)
                .toArray();
        this.outOfScopeIndex = this.labels.indexOf(LabeledText.OUT_OF_SCOPE);
        this.temperature = temperature;
    }

    public double temperature() {
        return temperature;
    }

    public List<String> labels() {
        return labels;
    }

    public Optional<MaxentIntentModel> maxent() {
        return maxent;
    }

    public double maxentWeight() {
        return maxentWeight;
    }

    public List<EmbeddingClassifier> regressions() {
        return regressions;
    }

    /** The effective weight of each regression (they sum to {@code 1 - maxentWeight()}). */
    public List<Double> regressionWeights() {
        return java.util.Arrays.stream(regressionWeights).boxed().toList();
    }

    @Override
    public IntentPrediction classify(String text) {
        return prediction(TemperatureScaling.apply(uncalibrated(text), temperature));
    }

    /** The prediction that probabilities in label order make: the intents ranked, {@code oos} apart. */
    public IntentPrediction prediction(double[] p) {
        List<IntentScore> ranked = new ArrayList<>(labels.size());
        for (int i = 0; i < p.length; i++) {
            if (i != outOfScopeIndex) {
                ranked.add(new IntentScore(labels.get(i), clamp(p[i])));
            }
        }
        return new IntentPrediction(ranked, outOfScopeIndex < 0 ? 0 : clamp(p[outOfScopeIndex]));
    }

    /** The weighted average of the models' probabilities, in label order, before the temperature. */
    public double[] uncalibrated(String text) {
        double[] p = new double[labels.size()];
        maxent.ifPresent(model -> add(p, model.probabilities(text, labels), maxentWeight));
        for (int r = 0; r < regressions.size(); r++) {
            add(p, regressions.get(r).probabilities(text), regressionWeights[r]);
        }
        return p;
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
