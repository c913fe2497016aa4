package dev.tact.intents.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * What cross-validation found.
 *
 * @param pooled         the evaluation of all folds' predictions together (micro: every row counted once, as a
 *                       test row of its fold)
 * @param meanAccuracy   the mean of the folds' accuracies
 * @param stddevAccuracy the sample standard deviation (n − 1) of the folds' accuracies
 */
public record CrossValidationResult(int k, long seed, List<FoldResult> folds, Evaluation pooled, double meanAccuracy,
                                    double stddevAccuracy) {

    public CrossValidationResult {
        folds = List.copyOf(folds);
        Objects.requireNonNull(pooled, "pooled must not be null");
    }

    public double trainSeconds() {
        return folds.stream().mapToDouble(FoldResult::trainSeconds).sum();
    }
}
