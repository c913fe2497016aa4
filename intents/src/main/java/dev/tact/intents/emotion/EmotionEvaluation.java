package dev.tact.intents.emotion;

import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.TrainingListener;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Measures an emotion model on labelled rows (GoEmotions dev): the "emotional" verdict against the gold "has any
 * negative emotion", and the top class against the gold classes. Embeds the rows in batches first.
 */
public final class EmotionEvaluation {

    private static final double REFERENCE_RECALL = 0.80;

    private EmotionEvaluation() {
    }

    /** The figures of {@code model} on {@code samples}, embedded with the model's own encoders. */
    public static EmotionFigures run(EmotionModel model, List<EmotionSample> samples, TrainingListener listener) {
        return run(model, model.embedders(), samples, listener);
    }

    /**
     * The same with {@code embedders} standing in for the model's encoders (the same encoders with their vectors
     * cached on disk, in the evaluations).
     */
    static EmotionFigures run(EmotionModel model, List<SentenceEmbedder> embedders, List<EmotionSample> samples,
                              TrainingListener listener) {
        List<List<float[]>> embeddings = EmotionModel.embedAll(embedders,
                samples.stream().map(EmotionSample::text).toList(), listener);
        double[] scores = new double[samples.size()];
        boolean[] gold = new boolean[samples.size()];
        Map<EmotionClass, int[]> perClass = new EnumMap<>(EmotionClass.class);
        int correct = 0;
        for (int i = 0; i < samples.size(); i++) {
            EmotionSample sample = samples.get(i);
            EmotionReading reading = model.read(sample.text(), embeddings.get(i));
            scores[i] = reading.score();
            gold[i] = sample.negative();
            EmotionClass top = reading.top();
            correct += sample.classes().contains(top) ? 1 : 0;
            for (EmotionClass c : sample.classes()) {
                int[] counts = perClass.computeIfAbsent(c, key -> new int[2]);
                counts[0] += top == c ? 1 : 0;
                counts[1]++;
            }
        }
        PrecisionRecall curve = new PrecisionRecall(scores, gold);
        PrecisionRecall.Point atThreshold = curve.at(model.threshold());
        Map<EmotionClass, Double> classAccuracy = new EnumMap<>(EmotionClass.class);
        perClass.forEach((c, counts) -> classAccuracy.put(c, counts[0] / (double) counts[1]));
        return new EmotionFigures(samples.size(), model.threshold(), atThreshold.precision(), atThreshold.recall(),
                atThreshold.f1(), curve.best().f1(), curve.atRecall(REFERENCE_RECALL).f1(),
                correct / (double) samples.size(), classAccuracy);
    }
}
