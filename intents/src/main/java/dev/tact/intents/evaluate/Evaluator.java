package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.classify.LabeledText;

import java.util.List;
import java.util.Objects;

/**
 * Evaluates an intent engine on labelled rows (label {@code oos} = out of scope) under an {@link AnswerGate}:
 * the engine answers a row only when the gate lets its prediction through. The metrics are defined in
 * {@link GateFigures}, {@link IntentFigures}, {@link ConfusionMatrix} and {@link Evaluation}. Every row is
 * classified once; the threshold sweep reuses the predictions.
 */
public final class Evaluator {

    public static final int DEFAULT_WORST_CONFUSIONS = 10;

    private final int worstConfusions;

    public Evaluator() {
        this(DEFAULT_WORST_CONFUSIONS);
    }

    /** @param worstConfusions how many confusion pairs to keep */
    public Evaluator(int worstConfusions) {
        if (worstConfusions < 0) {
            throw new IllegalArgumentException("worstConfusions must not be negative, was " + worstConfusions);
        }
        this.worstConfusions = worstConfusions;
    }

    /** @throws IllegalArgumentException when the rows hold no in-scope row */
    public Evaluation evaluate(IntentClassifier classifier, List<LabeledText> rows, AnswerGate gate) {
        return evaluate(Predictions.classify(classifier, rows), gate);
    }

    /** @throws IllegalArgumentException when the predictions hold no in-scope row */
    public Evaluation evaluate(Predictions predictions, AnswerGate gate) {
        Objects.requireNonNull(gate, "gate must not be null");
        List<ScoredRow> rows = predictions.rows();
        GateFigures figures = GateFigures.of(rows, gate);
        double top1 = (double) rows.stream().filter(row -> !row.row().outOfScope() && row.topCorrect()).count()
                / predictions.inScopeRows();
        ConfusionMatrix matrix = ConfusionMatrix.of(rows, gate);
        return new Evaluation(figures, top1, matrix.perIntent(), matrix.macroF1(), matrix.worst(worstConfusions),
                ThresholdSweep.over(rows, gate), predictions.outOfScopeRows(), predictions.seconds(),
                predictions.utterancesPerSecond());
    }
}
