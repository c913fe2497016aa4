package dev.tact.intents.evaluate;

import dev.tact.core.analysis.IntentScore;
import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.classify.IntentPrediction;
import dev.tact.intents.classify.LabeledText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made predictions for the evaluation tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** @param scores intent, probability, intent, probability … */
    static IntentPrediction prediction(double outOfScope, Object... scores) {
        List<IntentScore> ranked = new ArrayList<>();
        for (int i = 0; i < scores.length; i += 2) {
            ranked.add(new IntentScore((String) scores[i], ((Number) scores[i + 1]).doubleValue()));
        }
        return new IntentPrediction(ranked, outOfScope);
    }

    /** A classifier that answers each text with its fixed prediction. */
    static IntentClassifier classifier(Map<String, IntentPrediction> predictions) {
        return text -> {
            IntentPrediction prediction = predictions.get(text);
            if (prediction == null) {
                throw new IllegalArgumentException("no prediction for " + text);
            }
            return prediction;
        };
    }

    /** Texts and their gold labels, and the fixed predictions, built row by row. */
    static final class Rows {
        final List<LabeledText> rows = new ArrayList<>();
        final Map<String, IntentPrediction> predictions = new LinkedHashMap<>();

        Rows add(String text, String gold, IntentPrediction prediction) {
            rows.add(new LabeledText(text, gold));
            predictions.put(text, prediction);
            return this;
        }

        IntentClassifier classifier() {
            return Fixtures.classifier(predictions);
        }

        Predictions predictions() {
            return Predictions.classify(classifier(), rows);
        }
    }

    /**
     * Ten rows worked through by hand in {@code EvaluatorTest}: intents a and b, three oos rows; under a gate of
     * min confidence 0.5 the effective labels are a,a,b,oos | b,a,b | oos,b,oos.
     */
    static Rows tenRows() {
        return new Rows()
                .add("a1", "a", prediction(0, "a", 0.9, "b", 0.1))
                .add("a2", "a", prediction(0, "a", 0.6, "b", 0.4))
                .add("a3", "a", prediction(0, "b", 0.7, "a", 0.3))
                .add("a4", "a", prediction(0, "a", 0.4, "b", 0.35))
                .add("b1", "b", prediction(0, "b", 0.8, "a", 0.2))
                .add("b2", "b", prediction(0, "a", 0.55, "b", 0.45))
                .add("b3", "b", prediction(0, "b", 0.5, "a", 0.3))
                .add("o1", "oos", prediction(0.6, "a", 0.3, "b", 0.2))
                .add("o2", "oos", prediction(0.8, "b", 0.9, "a", 0.1))
                .add("o3", "oos", prediction(0.5, "a", 0.45, "b", 0.4));
    }
}
