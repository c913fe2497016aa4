package dev.tact.intents.classify;

/** The softmax regression over sentence embeddings, with the embedder it was trained on. */
public final class EmbeddingRegression {

    private final SentenceEmbedder embedder;
    private final SoftmaxRegression regression;

    public EmbeddingRegression(SentenceEmbedder embedder, SoftmaxRegression regression) {
        this.embedder = embedder;
        this.regression = regression;
    }

    /** Probabilities in the classifier's label order. */
    public double[] probabilities(String text) {
        return regression.probabilities(embedder.embed(text));
    }

    public SoftmaxRegression regression() {
        return regression;
    }
}
