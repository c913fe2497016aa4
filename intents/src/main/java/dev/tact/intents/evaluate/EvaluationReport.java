package dev.tact.intents.evaluate;

import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation run, ready to render as readable text, as JSON (snake_case keys) or as an SVG plot of the threshold
 * sweep.
 *
 * @param evaluation      the evaluation on the test rows (with cross-validation, all folds pooled)
 * @param trainRows       rows the model was trained on (with cross-validation, all rows split into folds)
 * @param trainSeconds    time training took (with cross-validation, summed over folds)
 * @param calibration     present when the gate was calibrated on a validation set
 * @param crossValidation present when the run was a cross-validation
 */
public record EvaluationReport(Evaluation evaluation, int trainRows, double trainSeconds,
                               Optional<Calibration> calibration, Optional<CrossValidationResult> crossValidation) {

    public EvaluationReport {
        Objects.requireNonNull(evaluation, "evaluation must not be null");
        Objects.requireNonNull(calibration, "calibration must not be null");
        Objects.requireNonNull(crossValidation, "crossValidation must not be null");
    }

    /** A model trained once and tested on a separate set, its gate perhaps calibrated on a validation set. */
    public static EvaluationReport holdout(Evaluation evaluation, int trainRows, double trainSeconds,
                                           Optional<Calibration> calibration) {
        return new EvaluationReport(evaluation, trainRows, trainSeconds, calibration, Optional.empty());
    }

    public static EvaluationReport of(CrossValidationResult result, int rows) {
        return new EvaluationReport(result.pooled(), rows, result.trainSeconds(), Optional.empty(),
                Optional.of(result));
    }

    /** Summary lines, per-intent table (F1 ascending), worst confusions and the sweep table. */
    public String text() {
        return TextReport.render(this);
    }

    /** One JSON object; see the module README for its keys. */
    public String json() {
        return JsonReport.render(this);
    }

    /** A standalone SVG document plotting the threshold sweep. */
    public String svg() {
        return SweepPlot.render(evaluation.sweep(), evaluation.gate(), evaluation.outOfScopeRows() > 0);
    }
}
