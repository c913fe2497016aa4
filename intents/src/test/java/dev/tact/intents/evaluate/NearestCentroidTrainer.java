package dev.tact.intents.evaluate;

import dev.tact.core.analysis.IntentScore;
import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.classify.IntentPrediction;
import dev.tact.intents.classify.IntentTrainer;
import dev.tact.intents.classify.LabeledText;
import dev.tact.intents.classify.TrainingListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny real trainer for tests only: one bag-of-words centroid per in-scope intent, cosine similarity, a softmax
 * over the similarities for probabilities and 1 − the best similarity as the out-of-scope score. Rows labelled
 * oos are not learned.
 */
final class NearestCentroidTrainer implements IntentTrainer {

    @Override
    public IntentClassifier train(List<LabeledText> samples, TrainingListener listener) {
        Map<String, Map<String, Double>> centroids = new TreeMap<>();
        int done = 0;
        for (LabeledText sample : samples) {
            if (!sample.outOfScope()) {
                Map<String, Double> centroid = centroids.computeIfAbsent(sample.label(), label -> new HashMap<>());
                words(sample.text()).forEach((word, n) -> centroid.merge(word, n, Double::sum));
            }
            listener.progress("centroids", ++done, samples.size());
        }
        return text -> {
            Map<String, Double> words = words(text);
            Map<String, Double> similarity = new HashMap<>();
            centroids.forEach((label, centroid) -> similarity.put(label, cosine(words, centroid)));
            double best = similarity.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double sum = similarity.values().stream().mapToDouble(s -> Math.exp(10 * s)).sum();
            List<IntentScore> ranked = new ArrayList<>();
            similarity.forEach((label, s) -> ranked.add(new IntentScore(label, Math.exp(10 * s) / sum)));
            return new IntentPrediction(ranked, 1 - best);
        };
    }

    private static Map<String, Double> words(String text) {
        Map<String, Double> words = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.merge(word, 1.0, Double::sum);
            }
        }
        return words;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Map<String, Double> vector) {
        return Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
    }
}
