package dev.tact.intents.ambiguity;

import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.SoftmaxRegression;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Objects;

/**
 * The learned request-shape classifier: a softmax regression over the four {@link RequestShape}s on the message's
 * sentence embedding and, when trained with them, the cues of {@link ShapeFeatures}. {@link #read} embeds the text
 * with the shared encoder, a cache hit when the intent classifier has just embedded the same message.
 */
public final class RequestShapeModel implements RequestShapeClassifier {

    private final SentenceEmbedder embedder;
    private final SoftmaxRegression regression;
    private final boolean cues;

    RequestShapeModel(SentenceEmbedder embedder, SoftmaxRegression regression, boolean cues) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        this.regression = Objects.requireNonNull(regression, "regression must not be null");
        this.cues = cues;
        if (regression.classes() != RequestShape.values().length) {
            throw new IllegalArgumentException("one class per request shape expected, got " + regression.classes());
        }
    }

    @Override
    public ShapeReading read(String text) {
        return ShapeReading.of(regression.probabilities(features(text, embedder.embed(text), cues)));
    }

    static float[] features(String text, float[] embedding, boolean cues) {
        return cues ? ShapeFeatures.of(text, embedding) : embedding;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeBoolean(cues);
        regression.write(out);
    }

    static RequestShapeModel read(DataInputStream in, SentenceEmbedder embedder) throws IOException {
        boolean cues = in.readBoolean();
        return new RequestShapeModel(embedder, SoftmaxRegression.read(in), cues);
    }
}
