package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.classify.IntentTrainer;
import dev.tact.intents.classify.LabeledText;
import dev.tact.intents.classify.TrainingListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * k-fold cross-validation over {@link StratifiedFolds}: a model is trained on each fold's training rows and
 * evaluated on its test rows under the gate; the per-intent figures and confusions pool the predictions of all
 * folds (micro), and accuracy is also given as mean ± standard deviation across folds.
 */
public final class CrossValidation {

    private final IntentTrainer trainer;
    private final Evaluator evaluator;
    private final int k;
    private final long seed;

    public CrossValidation(IntentTrainer trainer, Evaluator evaluator, int k, long seed) {
        this.trainer = Objects.requireNonNull(trainer, "trainer must not be null");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator must not be null");
        this.k = k;
        this.seed = seed;
    }

    /**
     * @param listener hears each fold's training, its stages prefixed with "fold i/k "
     * @throws IllegalArgumentException when k does not fit the rows or a fold's test rows hold no in-scope row
     */
    public CrossValidationResult run(List<LabeledText> rows, AnswerGate gate, TrainingListener listener) {
        List<FoldResult> results = new ArrayList<>();
        List<Predictions> all = new ArrayList<>();
        for (Fold fold : StratifiedFolds.split(rows, k, seed)) {
            String prefix = "fold " + fold.index() + "/" + k + " ";
            long start = System.nanoTime();
            IntentClassifier classifier = trainer.train(fold.train(),
                    (stage, done, total) -> listener.progress(prefix + stage, done, total));
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            Predictions predictions = Predictions.classify(classifier, fold.test());
            all.add(predictions);
            results.add(new FoldResult(fold.index(), fold.train().size(), fold.test().size(), trainSeconds,
                    GateFigures.of(predictions.rows(), gate), ConfusionMatrix.of(predictions.rows(), gate).macroF1()));
        }
        double mean = results.stream().mapToDouble(result -> result.figures().accuracy()).average().orElse(0);
        double squares = results.stream().mapToDouble(result -> Math.pow(result.figures().accuracy() - mean, 2))
                .sum();
        return new CrossValidationResult(k, seed, results, evaluator.evaluate(Predictions.concat(all), gate), mean,
                Math.sqrt(squares / (results.size() - 1)));
    }
}
