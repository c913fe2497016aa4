package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.LabeledText;

import java.util.Comparator;
import java.util.Locale;
import java.util.OptionalDouble;

/** Renders an {@link EvaluationReport} as text for people. */
final class TextReport {

    private final StringBuilder out = new StringBuilder();

    private TextReport() {
    }

    static String render(EvaluationReport report) {
        TextReport text = new TextReport();
        text.summary(report);
        report.crossValidation().ifPresent(text::folds);
        text.perIntent(report.evaluation());
        text.confusions(report.evaluation());
        text.sweep(report.evaluation());
        return text.out.toString();
    }

    private void summary(EvaluationReport report) {
        Evaluation evaluation = report.evaluation();
        GateFigures figures = evaluation.figures();
        report.crossValidation().ifPresentOrElse(
                result -> line("Intent evaluation: %d-fold stratified cross-validation (seed %d); the figures pool"
                        + " the test rows of all folds", result.k(), result.seed()),
                () -> line("Intent evaluation: model trained on the training set, tested on the test set"));
        line("  test rows             %d (%d oos)", evaluation.testRows(), evaluation.outOfScopeRows());
        if (report.crossValidation().isPresent()) {
            line("  rows                  %d split into folds; training took %.1f s over all folds", report.trainRows(),
                    report.trainSeconds());
        } else {
            line("  train rows            %d, trained in %.1f s", report.trainRows(), report.trainSeconds());
        }
        line("  gate                  %s", gate(evaluation.gate()));
        report.calibration().ifPresent(this::calibration);
        line("  accuracy              %s  (in-scope rows answered with their intent + oos rows not answered,"
                + " / all rows)", number(figures.accuracy()));
        line("  top-1 accuracy        %s  (in-scope rows whose top intent is right, gate ignored)",
                number(evaluation.top1Accuracy()));
        line("  in-scope accuracy     %s  (in-scope rows answered with their intent)",
                number(figures.inScopeAccuracy()));
        line("  oos recall            %s", figures.oosRecall().isPresent()
                ? number(figures.oosRecall()) + "  (oos rows not answered)" : "n/a (no oos rows)");
        line("  answered share        %s", number(figures.answeredShare()));
        line("  accuracy of answered  %s", number(figures.accuracyOfAnswered()));
        line("  macro F1              %s  (in-scope intents)", number(evaluation.macroF1()));
        line("  speed                 %.0f utterances/s", evaluation.utterancesPerSecond());
    }

    private void calibration(Calibration calibration) {
        GateFigures validation = calibration.validation();
        line("                        calibrated on the validation set (%d rows; the model was trained on the"
                + " training set only)", validation.rows());
        line("                        objective: %s (target oos recall %.2f)", calibration.basis().description(),
                calibration.targetOosRecall());
        line("                        on validation: in-scope accuracy %s, oos recall %s, answered share %s",
                number(validation.inScopeAccuracy()), number(validation.oosRecall()),
                number(validation.answeredShare()));
    }

    private void folds(CrossValidationResult result) {
        line("");
        line("Folds: accuracy %s ± %s (mean ± sample standard deviation)", number(result.meanAccuracy()),
                number(result.stddevAccuracy()));
        line("  fold  train   test  train s  accuracy  in-scope  oos recall  macro F1");
        result.folds().forEach(fold -> line("  %4d %6d %6d %8.1f %9s %9s %11s %9s", fold.fold(), fold.trainRows(),
                fold.testRows(), fold.trainSeconds(), number(fold.figures().accuracy()),
                number(fold.figures().inScopeAccuracy()), number(fold.figures().oosRecall()),
                number(fold.macroF1())));
    }

    private void perIntent(Evaluation evaluation) {
        int width = Math.max(6, evaluation.perIntent().stream().mapToInt(f -> f.intent().length()).max().orElse(0));
        line("");
        line("Per intent (F1 ascending; not answered counts as predicting oos)");
        line("  %-" + width + "s  precision  recall     f1  support  predicted", "intent");
        evaluation.perIntent().stream()
                .sorted(Comparator.comparingDouble(IntentFigures::f1).thenComparing(IntentFigures::intent))
                .forEach(f -> line("  %-" + width + "s  %9s  %6s  %5s  %7d  %9d", f.intent(), number(f.precision()),
                        number(f.recall()), number(f.f1()), f.support(), f.predicted()));
    }

    private void confusions(Evaluation evaluation) {
        line("");
        line("Worst confusions (gold -> predicted)");
        if (evaluation.confusions().isEmpty()) {
            line("  none");
        }
        evaluation.confusions().forEach(confusion -> line("  %5d  %s -> %s", confusion.count(), confusion.gold(),
                LabeledText.OUT_OF_SCOPE.equals(confusion.predicted()) ? "oos (not answered)" : confusion.predicted()));
    }

    private void sweep(Evaluation evaluation) {
        AnswerGate gate = evaluation.gate();
        line("");
        line("Threshold sweep (min margin %.2f and max out-of-scope %.2f kept; * = the gate's threshold)",
                gate.minMargin(), gate.maxOutOfScope());
        line("  min_conf  answered  acc_answered  in_scope_acc  oos_recall  accuracy");
        evaluation.sweep().forEach(point -> line("  %s %6.2f  %8s  %12s  %12s  %10s  %8s",
                Math.abs(point.minConfidence() - gate.minConfidence()) < 1e-9 ? "*" : " ", point.minConfidence(),
                number(point.answeredShare()), number(point.accuracyOfAnswered()), number(point.inScopeAccuracy()),
                number(point.oosRecall()), number(point.accuracy())));
    }

    private static String gate(AnswerGate gate) {
        return String.format(Locale.ROOT, "min confidence %.2f, min margin %.2f, max out-of-scope %.2f",
                gate.minConfidence(), gate.minMargin(), gate.maxOutOfScope());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "-";
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
