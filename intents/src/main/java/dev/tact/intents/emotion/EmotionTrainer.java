package dev.tact.intents.emotion;

import dev.tact.intents.classify.RegressionSettings;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.SoftmaxRegression;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.sentiment.SentimentScore;
import dev.tact.intents.sentiment.SentimentScorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains an {@link EmotionModel} on labelled texts, in three steps on two disjoint parts of them:
 * <ol>
 *   <li>on the larger part, a softmax regression over the 28 GoEmotions labels (not the six classes: on a
 *       held-out slice of train the negative mass of the label regression found the negative rows better, F1 at
 *       recall 0.8 0.62 against 0.60). A row with several labels (one in six in GoEmotions) becomes one sample per
 *       label, so the regression learns the share of each label rather than an arbitrary first one;</li>
 *   <li>on the held-out part, the temperature that minimises the log-loss of the label scores (each of a row's
 *       labels counts as a correct answer), then the verdict's logistic regression over the negative mass and the
 *       lexicon sentiment, then the threshold with the best F1 among those that keep the recall at
 *       {@link EmotionSettings#targetRecall()} or above.</li>
 * </ol>
 * Nothing is fitted on the data a model is evaluated on.
 */
public final class EmotionTrainer {

    /** The verdict has four inputs and a few thousand rows: larger steps and batches, more passes. */
    private static final RegressionSettings VERDICT = new RegressionSettings(20, 0.01, 0, 64, 7);

    private final EmotionSettings settings;
    private final SentenceEmbedder embedder;
    private final EmotionFeatures features;

    public EmotionTrainer(EmotionSettings settings, SentenceEmbedder embedder,
                          SentimentScorer sentiment) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        this.features = new EmotionFeatures(sentiment);
    }

    public EmotionModel train(List<EmotionSample> samples, TrainingListener listener) {
        List<float[]> embeddings = embedder.embedAll(samples.stream().map(EmotionSample::text).toList(), listener);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(settings.seed()));
        int heldOut = (int) Math.round(samples.size() * settings.heldOutShare());
        List<Integer> calibrationRows = order.subList(0, heldOut);
        List<Integer> fitRows = order.subList(heldOut, order.size());

        List<float[]> inputs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i : fitRows) {
            float[] x = features.of(samples.get(i).text(), embeddings.get(i));
            for (int label : labelIndexes(samples.get(i))) {
                inputs.add(x);
                labels.add(label);
            }
        }
        SoftmaxRegression regression = SoftmaxRegression.train(inputs, labels.stream().mapToInt(Integer::intValue)
                .toArray(), EmotionClass.ALL_LABELS.size(), settings.regression(), listener);

        List<double[]> raw = new ArrayList<>();
        List<SentimentScore> sentiments = new ArrayList<>();
        for (int i : calibrationRows) {
            SentimentScore sentiment = features.sentiment(samples.get(i).text());
            sentiments.add(sentiment);
            raw.add(regression.probabilities(EmotionFeatures.of(samples.get(i).text(), embeddings.get(i), sentiment)));
        }
        double temperature = Temperature.fit(raw, calibrationRows.stream().map(i -> labelIndexes(samples.get(i)))
                .toList());

        List<float[]> verdictInputs = new ArrayList<>();
        int[] gold = new int[calibrationRows.size()];
        for (int k = 0; k < calibrationRows.size(); k++) {
            double negative = EmotionModel.negativeMass(
                    EmotionModel.classScores(EmotionModel.calibrated(raw.get(k), temperature)));
            verdictInputs.add(EmotionModel.verdictInputs(negative, sentiments.get(k)));
            gold[k] = samples.get(calibrationRows.get(k)).negative() ? 1 : 0;
        }
        SoftmaxRegression verdict = SoftmaxRegression.train(verdictInputs, gold, 2, VERDICT, listener);
        double[] scores = verdictInputs.stream().mapToDouble(x -> verdict.probabilities(x)[1]).toArray();
        boolean[] positive = new boolean[gold.length];
        for (int k = 0; k < gold.length; k++) {
            positive[k] = gold[k] == 1;
        }
        double threshold = new PrecisionRecall(scores, positive).bestWithRecall(settings.targetRecall()).threshold();
        return new EmotionModel(embedder, features, regression, temperature, verdict, threshold);
    }

    /** The distinct labels of a sample as indexes into {@link EmotionClass#ALL_LABELS}; unknown labels are skipped. */
    private static Set<Integer> labelIndexes(EmotionSample sample) {
        Set<Integer> indexes = new TreeSet<>();
        for (String label : sample.labels()) {
            int index = EmotionClass.ALL_LABELS.indexOf(label);
            if (index >= 0) {
                indexes.add(index);
            }
        }
        return indexes;
    }
}
