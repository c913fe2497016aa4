package dev.tact.intents.emotion;

import dev.tact.intents.classify.HiddenLayerNetwork;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.SoftmaxRegression;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.sentiment.SentimentScore;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained emotion detector: a network with one hidden layer over the {@link EmotionFeatures} scores the 28
 * GoEmotions labels, sharpened or softened by a temperature fitted on held-out rows, and each class's score is the
 * sum of its labels' scores; a small logistic regression over the negative classes' mass, the lexicon sentiment
 * and the {@link WordEvidence} of the words gives the "emotional" score, compared with a threshold chosen on
 * held-out rows. {@link #detect} embeds the text with each encoder, a cache hit when the intent classifier has
 * just embedded the same message with the same encoder; the rest takes a fraction of a millisecond. Thread-safe.
 */
public final class EmotionModel implements EmotionDetector {

    private static final double EPSILON = 1e-6;
    private static final double WORDS_LIMIT = 3;
    private static final EmotionClass[] CLASSES = EmotionClass.values();

    private final List<SentenceEmbedder> embedders;
    private final EmotionFeatures features;
    private final HiddenLayerNetwork labels;
    private final double temperature;
    private final WordEvidence words;
    private final SoftmaxRegression verdict;
    private final double threshold;

    EmotionModel(List<SentenceEmbedder> embedders, EmotionFeatures features, HiddenLayerNetwork labels,
                 double temperature, WordEvidence words, SoftmaxRegression verdict, double threshold) {
        this.embedders = List.copyOf(embedders);
        this.words = Objects.requireNonNull(words, "words must not be null");
        this.features = Objects.requireNonNull(features, "features must not be null");
        this.labels = Objects.requireNonNull(labels, "labels must not be null");
        this.verdict = Objects.requireNonNull(verdict, "verdict must not be null");
        this.temperature = temperature;
        this.threshold = threshold;
    }

    @Override
    public EmotionReading detect(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return read(text, embedders.stream().map(e -> e.embed(text)).toList());
    }

    /** The reading of a text whose embeddings are already known (batched evaluation). */
    EmotionReading read(String text, List<float[]> embeddings) {
        SentimentScore sentiment = features.sentiment(text);
        double[] p = calibrated(labels.probabilities(EmotionFeatures.of(text, embeddings, sentiment)), temperature);
        Map<EmotionClass, Double> scores = classScores(p);
        double score = verdict.probabilities(verdictInputs(negativeMass(scores), sentiment, words.score(text)))[1];
        return new EmotionReading(scores, score, score >= threshold);
    }

    /** The embeddings of {@code texts}, one list per text with one vector per encoder, embedded in batches. */
    static List<List<float[]>> embedAll(List<SentenceEmbedder> embedders, List<String> texts,
                                        TrainingListener listener) {
        List<String> distinct = texts.stream().distinct().toList();
        List<Map<String, float[]>> byEncoder = new ArrayList<>();
        for (SentenceEmbedder embedder : embedders) {
            List<float[]> vectors = embedder.embedAll(distinct, listener);
            Map<String, float[]> byText = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                byText.put(distinct.get(i), vectors.get(i));
            }
            byEncoder.add(byText);
        }
        return texts.stream().map(t -> byEncoder.stream().map(m -> m.get(t)).toList()).toList();
    }

    /** The encoders the model reads. */
    List<SentenceEmbedder> embedders() {
        return embedders;
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

    /**
     * What the verdict combines: the log-odds of the negative mass, the lexicon's compound and shares, and the
     * {@link WordEvidence} log-odds (divided by ten and kept within ±3, so that a long rant does not swamp the rest).
     */
    static float[] verdictInputs(double negativeMass, SentimentScore sentiment, double wordScore) {
        double p = Math.min(1 - EPSILON, Math.max(EPSILON, negativeMass));
        return new float[]{(float) Math.log(p / (1 - p)), (float) sentiment.compound(), (float) sentiment.negative(),
                (float) sentiment.positive(), (float) Math.max(-WORDS_LIMIT, Math.min(WORDS_LIMIT, wordScore / 10))};
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(embedders.size());
        for (SentenceEmbedder embedder : embedders) {
            out.writeUTF(embedder.id());
        }
        labels.write(out);
        out.writeDouble(temperature);
        words.write(out);
        verdict.write(out);
        out.writeDouble(threshold);
    }

    static EmotionModel read(DataInputStream in, List<SentenceEmbedder> embedders, EmotionFeatures features)
            throws IOException {
        if (in.readInt() != embedders.size()) {
            throw new IOException("the model was trained with other sentence encoders");
        }
        for (SentenceEmbedder embedder : embedders) {
            if (!in.readUTF().equals(embedder.id())) {
                throw new IOException("the model was trained with another sentence encoder");
            }
        }
        HiddenLayerNetwork labels = HiddenLayerNetwork.read(in);
        int inputs = embedders.stream().mapToInt(SentenceEmbedder::dimension).sum() + EmotionFeatures.EXTRA;
        if (labels.classes() != EmotionClass.ALL_LABELS.size() || labels.inputs() != inputs) {
            throw new IOException("the model scores other labels or reads other features");
        }
        double temperature = in.readDouble();
        WordEvidence words = WordEvidence.read(in);
        SoftmaxRegression verdict = SoftmaxRegression.read(in);
        return new EmotionModel(embedders, features, labels, temperature, words, verdict, in.readDouble());
    }
}
