package dev.tact.intents.classify;

import java.util.Objects;

/**
 * How the intent classifier is built.
 *
 * @param mode              which signals it combines
 * @param maxentIterations  OpenNLP maxent (GIS) iterations
 * @param maxentCutoff      minimum feature count for OpenNLP
 * @param regression        how the embedding regression trains
 * @param maxentWeight      the maxent share in the ensemble's probabilities (the regression has the rest)
 */
public record ClassifierSettings(Mode mode, int maxentIterations, int maxentCutoff, RegressionSettings regression,
                                 double maxentWeight) {

    /** Which signals the classifier uses. */
    public enum Mode {
        /** OpenNLP maxent and the sentence-embedding regression, probabilities averaged. */
        ENSEMBLE,
        /** OpenNLP maxent alone: no embedding model in memory, sub-millisecond, for small deployments. */
        OPENNLP_ONLY,
        /** The sentence-embedding regression alone (for measuring what each signal adds). */
        EMBEDDINGS_ONLY
    }

    /**
     * The measured default: ensemble with weight 0.3 on maxent (chosen on a development split in the feasibility
     * probe; see NLU notes), 100 GIS iterations with cutoff 1 (all character n-grams kept).
     */
    public static ClassifierSettings defaults() {
        return new ClassifierSettings(Mode.ENSEMBLE, 100, 1, RegressionSettings.defaults(), 0.3);
    }

    public ClassifierSettings {
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(regression, "regression must not be null");
        if (maxentWeight < 0 || maxentWeight > 1) {
            throw new IllegalArgumentException("maxentWeight must be within 0..1");
        }
    }

    public ClassifierSettings withMode(Mode other) {
        return new ClassifierSettings(other, maxentIterations, maxentCutoff, regression, maxentWeight);
    }

    public boolean usesMaxent() {
        return mode != Mode.EMBEDDINGS_ONLY;
    }

    public boolean usesEmbeddings() {
        return mode != Mode.OPENNLP_ONLY;
    }
}
