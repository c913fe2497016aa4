package dev.tact.intents.emotion;

import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.SoftmaxRegression;
import dev.tact.intents.sentiment.SentimentScore;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A trained emotion detector: a softmax regression over the {@link EmotionFeatures} scores the 28 GoEmotions
 * labels, sharpened or softened by a temperature fitted on held-out rows, and each class's score is the sum of its
 * labels' scores; a small logistic regression over the negative
 * classes' mass and the lexicon sentiment gives the "emotional" score, compared with a threshold chosen on held-out
 * rows. {@link #detect} embeds the text with the shared encoder, a cache hit when the intent classifier has just
 * embedded the same message; the rest takes microseconds. Thread-safe.
 */
public final class EmotionModel implements EmotionDetector {

    private static final double EPSILON = 1e-6;
    private static final EmotionClass[] CLASSES = EmotionClass.values();

    private final SentenceEmbedder embedder;
    private final EmotionFeatures features;
    private final SoftmaxRegression labels;
    private final double temperature;
    private final SoftmaxRegression verdict;
    private final double threshold;

    EmotionModel(SentenceEmbedder embedder, EmotionFeatures features, SoftmaxRegression labels, double temperature,
                 SoftmaxRegression verdict, double threshold) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        this.features = Objects.requireNonNull(features, "features must not be null");
        this.labels = Objects.requireNonNull(labels, "labels must not be null");
        this.verdict = Objects.requireNonNull(verdict, "verdict must not be null");
        this.temperature = temperature;
        this.threshold = threshold;
    }

    @Override
    public EmotionReading detect(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return read(text, embedder.embed(text));
    }

    /** The reading of a text whose embedding is already known (batched evaluation). */
    EmotionReading read(String text, float[] embedding) {
        SentimentScore sentiment = features.sentiment(text);
        double[] p = calibrated(labels.probabilities(EmotionFeatures.of(text, embedding, sentiment)), temperature);
        Map<EmotionClass, Double> scores = classScores(p);
        double score = verdict.probabilities(verdictInputs(negativeMass(scores), sentiment))[1];
        return new EmotionReading(scores, score, score >= threshold);
    }

    /** The class scores of label scores in {@link EmotionClass#ALL_LABELS} order: each class sums its labels. */
    static Map<EmotionClass, Double> classScores(double[] labelScores) {
        Map<EmotionClass, Double> scores = new EnumMap<>(EmotionClass.class);
        int label = 0;
        for (EmotionClass c : CLASSES) {
            double sum = 0;
            for (int k = 0; k < c.labels().size(); k++) {
                sum += labelScores[label++];
            }
            scores.put(c, sum);
        }
        return scores;
    }

    /** The summed score of the negative classes. */
    static double negativeMass(Map<EmotionClass, Double> scores) {
        return scores.entrySet().stream().filter(e -> e.getKey().negative()).mapToDouble(Map.Entry::getValue).sum();
    }

    /** The threshold on {@link EmotionReading#score()} above which a message is emotional. */
    public double threshold() {
        return threshold;
    }

    /** The temperature that divides the label regression's log-probabilities. */
    public double temperature() {
        return temperature;
    }

    /** Probabilities {@code p} at temperature {@code t}: softmax(log p / t). */
    static double[] calibrated(double[] p, double t) {
        double[] q = new double[p.length];
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            q[c] = Math.pow(Math.max(p[c], 1e-300), 1 / t);
            sum += q[c];
        }
        for (int c = 0; c < q.length; c++) {
            q[c] /= sum;
        }
        return q;
    }

    /** What the verdict combines: the log-odds of the negative mass and the lexicon's compound and shares. */
    static float[] verdictInputs(double negativeMass, SentimentScore sentiment) {
        double p = Math.min(1 - EPSILON, Math.max(EPSILON, negativeMass));
        return new float[]{(float) Math.log(p / (1 - p)), (float) sentiment.compound(), (float) sentiment.negative(),
                (float) sentiment.positive()};
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(embedder.id());
        labels.write(out);
        out.writeDouble(temperature);
        verdict.write(out);
        out.writeDouble(threshold);
    }

    static EmotionModel read(DataInputStream in, SentenceEmbedder embedder, EmotionFeatures features)
            throws IOException {
        if (!in.readUTF().equals(embedder.id())) {
            throw new IOException("the model was trained with another sentence encoder");
        }
        SoftmaxRegression labels = SoftmaxRegression.read(in);
        if (labels.classes() != EmotionClass.ALL_LABELS.size()) {
            throw new IOException("the model scores other labels");
        }
        double temperature = in.readDouble();
        SoftmaxRegression verdict = SoftmaxRegression.read(in);
        return new EmotionModel(embedder, features, labels, temperature, verdict, in.readDouble());
    }
}
