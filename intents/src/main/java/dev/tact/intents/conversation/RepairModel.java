package dev.tact.intents.conversation;

import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.SoftmaxRegression;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Objects;

/**
 * How likely the customer's turn is a repair of the bot's last answer: a 2-class {@link SoftmaxRegression} over
 * {@link RepairFeatures}. The three texts are embedded with the intent classifier's encoder, whose cache usually holds
 * the two customer turns already; the answer texts are the domain's few responses. Thread-safe.
 */
public final class RepairModel {

    private final SentenceEmbedder embedder;
    private final SoftmaxRegression regression;

    RepairModel(SentenceEmbedder embedder, SoftmaxRegression regression) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        this.regression = Objects.requireNonNull(regression, "regression must not be null");
    }

    /** The probability (0..1) that {@code current} repairs {@code answer}, the reply to {@code previous}. */
    public double probability(String previous, String answer, String current) {
        return probability(previous, answer, current, embedder.embed(previous), embedder.embed(answer),
                embedder.embed(current));
    }

    double probability(String previous, String answer, String current, float[] previousVector, float[] answerVector,
                       float[] currentVector) {
        return regression.probabilities(RepairFeatures.of(previous, answer, current, previousVector, answerVector,
                currentVector))[1];
    }

    void write(DataOutputStream out) throws IOException {
        regression.write(out);
    }

    static RepairModel read(DataInputStream in, SentenceEmbedder embedder) throws IOException {
        return new RepairModel(embedder, SoftmaxRegression.read(in));
    }
}
