package dev.tact.intents.classify;

import java.util.Objects;

/** A softmax regression over one encoder's sentence embeddings, with that encoder. */
public final class EmbeddingRegression {

    private final SentenceEmbedder embedder;
    private final SoftmaxRegression regression;

    public EmbeddingRegression(SentenceEmbedder embedder, SoftmaxRegression regression) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        this.regression = Objects.requireNonNull(regression, "regression must not be null");
    }

    /** Probabilities in the classifier's label order. */
    public double[] probabilities(String text) {
        return regression.probabilities(embedder.embed(text));
    }

    public SentenceEmbedder embedder() {
        return embedder;
    }

    public SoftmaxRegression regression() {
        return regression;
    }
}
