package dev.tact.intents.emotion;

import dev.tact.intents.classify.HiddenLayerNetwork;
import dev.tact.intents.classify.RegressionSettings;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.SoftmaxRegression;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.sentiment.SentimentScore;
import dev.tact.intents.sentiment.SentimentScorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains an {@link EmotionModel} on labelled texts, in two steps on two parts of them that share no text
 * ({@link TextSplit}: the customer-care rows, given several times, fall with all their copies on one side):
 * <ol>
 *   <li>on the larger part, a network with one hidden layer over the 28 GoEmotions labels (not the six classes:
 *       the negative mass of a label model finds the negative rows better). A row with several labels (one in six
 *       in GoEmotions) spreads its target evenly over them; rows with a negative label weigh
 *       {@link EmotionSettings#negativeWeight()}. Training stops when the log-loss on the held-out part stops
 *       falling. On the same larger part, the {@link WordEvidence} of words and word pairs;</li>
 *   <li>on the held-out part, each text once, the temperature that minimises the log-loss of the label scores
 *       (each of a row's labels counts as a correct answer), then the verdict's logistic regression over the
 *       negative mass, the lexicon sentiment and the word evidence, then the threshold with the best F1 among
 *       those that keep the recall at {@link EmotionSettings#targetRecall()} or above.</li>
 * </ol>
 * Nothing is fitted on the data a model is evaluated on. Training is single-threaded and seeded: the same rows
 * and settings give the same model.
 */
public final class EmotionTrainer {

    /** The verdict has four inputs and a few thousand rows: larger steps and batches, more passes. */
    private static final RegressionSettings VERDICT = new RegressionSettings(20, 0.01, 0, 64, 7);

    private final EmotionSettings settings;
    private final List<SentenceEmbedder> embedders;
    private final EmotionFeatures features;

    /** @param embedders the encoders of {@link EmotionSettings#encoders()}, in that order */
    public EmotionTrainer(EmotionSettings settings, List<SentenceEmbedder> embedders, SentimentScorer sentiment) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.embedders = List.copyOf(embedders);
        if (this.embedders.size() != settings.encoders().size()) {
            throw new IllegalArgumentException("one embedder per encoder of the settings is needed");
        }
        this.features = new EmotionFeatures(sentiment);
    }

    public EmotionModel train(List<EmotionSample> samples, TrainingListener listener) {
        List<List<float[]>> embeddings = EmotionModel.embedAll(embedders,
                samples.stream().map(EmotionSample::text).toList(), listener);
        TextSplit split = TextSplit.of(samples, settings.heldOutShare(), settings.seed());
        List<Integer> calibrationRows = split.heldOut();

        List<float[]> inputs = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        float[] weights = new float[split.rest().size()];
        for (int k = 0; k < split.rest().size(); k++) {
            int i = split.rest().get(k);
            inputs.add(features.of(samples.get(i).text(), embeddings.get(i)));
            targets.add(target(samples.get(i)));
            weights[k] = samples.get(i).negative() ? (float) settings.negativeWeight() : 1;
        }
        List<SentimentScore> sentiments = new ArrayList<>();
        List<float[]> calibrationInputs = new ArrayList<>();
        for (int i : calibrationRows) {
            SentimentScore sentiment = features.sentiment(samples.get(i).text());
            sentiments.add(sentiment);
            calibrationInputs.add(EmotionFeatures.of(samples.get(i).text(), embeddings.get(i), sentiment));
        }
        HiddenLayerNetwork network = HiddenLayerNetwork.train(inputs, targets, weights, calibrationInputs,
                calibrationRows.stream().map(i -> target(samples.get(i))).toList(), settings.network(), listener);

        boolean[] fitNegative = new boolean[split.rest().size()];
        for (int k = 0; k < fitNegative.length; k++) {
            fitNegative[k] = samples.get(split.rest().get(k)).negative();
        }
        WordEvidence words = WordEvidence.train(split.rest().stream().map(i -> samples.get(i).text()).toList(),
                fitNegative);
        List<double[]> raw = calibrationInputs.stream().map(network::probabilities).toList();
        double temperature = Temperature.fit(raw, calibrationRows.stream().map(i -> labelIndexes(samples.get(i)))
                .toList());

        List<float[]> verdictInputs = new ArrayList<>();
        int[] gold = new int[calibrationRows.size()];
        for (int k = 0; k < calibrationRows.size(); k++) {
            double negative = EmotionModel.negativeMass(
                    EmotionModel.classScores(EmotionModel.calibrated(raw.get(k), temperature)));
            verdictInputs.add(EmotionModel.verdictInputs(negative, sentiments.get(k),
                    words.score(samples.get(calibrationRows.get(k)).text())));
            gold[k] = samples.get(calibrationRows.get(k)).negative() ? 1 : 0;
        }
        SoftmaxRegression verdict = SoftmaxRegression.train(verdictInputs, gold, 2, VERDICT, listener);
        double[] scores = verdictInputs.stream().mapToDouble(x -> verdict.probabilities(x)[1]).toArray();
        boolean[] positive = new boolean[gold.length];
        for (int k = 0; k < gold.length; k++) {
            positive[k] = gold[k] == 1;
        }
        double threshold = new PrecisionRecall(scores, positive).bestWithRecall(settings.targetRecall()).threshold();
        return new EmotionModel(embedders, features, network, temperature, words, verdict, threshold);
    }

    /** The target distribution of a sample: its labels share the probability evenly. */
    private static float[] target(EmotionSample sample) {
        float[] target = new float[EmotionClass.ALL_LABELS.size()];
        Set<Integer> labels = labelIndexes(sample);
        for (int label : labels) {
            target[label] = 1f / labels.size();
        }
        return target;
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
        if (indexes.isEmpty()) {
            throw new IllegalArgumentException("no GoEmotions label: " + sample);
        }
        return indexes;
    }
}
