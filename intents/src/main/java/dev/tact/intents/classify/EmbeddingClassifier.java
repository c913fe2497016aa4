package dev.tact.intents.classify;

import java.util.Objects;

/**
 * The signals over one encoder's sentence embeddings: a softmax regression and the nearest training examples,
 * their probabilities averaged with {@code neighbourShare} on the neighbours. The text is embedded once.
 */
public final class EmbeddingClassifier {

    private final SentenceEmbedder embedder;
    private final SoftmaxRegression regression;
    private final NearestNeighbours neighbours;
    private final double neighbourShare;

    /** How many of the regression's most probable classes the neighbour vote considers. */
    static final int CANDIDATES = 10;

    private final int outOfScopeClass;

    /** @param outOfScopeClass the index of the out-of-scope class (always a candidate), or -1 */
    public EmbeddingClassifier(SentenceEmbedder embedder, SoftmaxRegression regression, NearestNeighbours neighbours,
                               double neighbourShare, int outOfScopeClass) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        this.regression = Objects.requireNonNull(regression, "regression must not be null");
        this.neighbours = Objects.requireNonNull(neighbours, "neighbours must not be null");
        if (neighbourShare < 0 || neighbourShare > 1) {
            throw new IllegalArgumentException("neighbourShare must be within 0..1");
        }
        this.neighbourShare = neighbourShare;
        this.outOfScopeClass = outOfScopeClass;
    }

    /** Probabilities in the classifier's label order. */
    public double[] probabilities(String text) {
        float[] vector = embedder.embed(text);
        double[] p = regression.probabilities(vector);
        if (neighbourShare > 0) {
            double[] near = neighbours.probabilities(vector, p, CANDIDATES, outOfScopeClass);
            for (int c = 0; c < p.length; c++) {
                p[c] = (1 - neighbourShare) * p[c] + neighbourShare * near[c];
            }
        }
        return p;
    }

    public SentenceEmbedder embedder() {
        return embedder;
    }

    public SoftmaxRegression regression() {
        return regression;
    }

    public NearestNeighbours neighbours() {
        return neighbours;
    }

    public double neighbourShare() {
        return neighbourShare;
    }
}
