package dev.tact.intents.ambiguity;

import dev.tact.intents.classify.LabeledText;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.evaluate.Fold;
import dev.tact.intents.evaluate.StratifiedFolds;

import java.util.ArrayList;
import java.util.List;

/** Measures request-shape classifiers: on held-out rows, or by stratified cross-validation on training rows. */
public final class ShapeEvaluation {

    private ShapeEvaluation() {
    }

    /** The readings of {@code rows} by {@code classifier}. */
    public static ShapeScores evaluate(RequestShapeClassifier classifier, List<LabeledText> rows) {
        List<RequestShape> gold = new ArrayList<>(rows.size());
        List<ShapeReading> readings = new ArrayList<>(rows.size());
        for (LabeledText row : rows) {
            gold.add(RequestShape.of(row.label()));
            readings.add(classifier.read(row.text()));
        }
        return new ShapeScores(gold, readings);
    }

    /**
     * Stratified {@code k}-fold cross-validation: each fold's test rows are read by a model trained on the other
     * folds; the readings of all folds are pooled. The embedder's cache embeds each text once.
     */
    public static ShapeScores crossValidate(ShapeSettings settings, SentenceEmbedder embedder, List<LabeledText> rows,
                                            int k, long seed) {
        List<RequestShape> gold = new ArrayList<>(rows.size());
        List<ShapeReading> readings = new ArrayList<>(rows.size());
        RequestShapeTrainer trainer = new RequestShapeTrainer(settings, embedder);
        for (Fold fold : StratifiedFolds.split(rows, k, seed)) {
            RequestShapeModel model = trainer.train(fold.train(), TrainingListener.NONE);
            ShapeScores scores = evaluate(model, fold.test());
            gold.addAll(scores.gold());
            readings.addAll(scores.readings());
        }
        return new ShapeScores(gold, readings);
    }
}
