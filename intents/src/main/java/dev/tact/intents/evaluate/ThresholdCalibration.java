package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Chooses the gate's minimum confidence (and, when asked, its maximum out-of-scope score) on a validation set's
 * predictions. The candidates are every threshold of {@link ThresholdSweep} (0.00 … 0.95), crossed with 0.05 …
 * 1.00 for the maximum out-of-scope score when that is tuned; the minimum margin is kept. The objective:
 * <ol>
 *   <li>among the candidates whose oos recall is at least the target (default 0.7), the highest in-scope
 *       accuracy;</li>
 *   <li>when none reaches the target, the highest (in-scope accuracy + oos recall) / 2;</li>
 *   <li>ties go to the higher oos recall, then to the gate that answers more (lower minimum confidence, then
 *       higher maximum out-of-scope score).</li>
 * </ol>
 * Without oos rows in the validation set oos recall cannot be weighed, and the gate is left as given.
 */
public final class ThresholdCalibration {

    public static final double DEFAULT_TARGET_OOS_RECALL = 0.7;

    private static final List<Double> MAX_OUT_OF_SCOPE = IntStream.rangeClosed(1, 20).mapToObj(i -> i / 20.0)
            .toList();

    private final double targetOosRecall;
    private final boolean tuneMaxOutOfScope;

    /** Tunes the minimum confidence only, for an oos recall of 0.7. */
    public ThresholdCalibration() {
        this(DEFAULT_TARGET_OOS_RECALL, false);
    }

    public ThresholdCalibration(double targetOosRecall, boolean tuneMaxOutOfScope) {
        if (targetOosRecall < 0 || targetOosRecall > 1 || Double.isNaN(targetOosRecall)) {
            throw new IllegalArgumentException("targetOosRecall must be within 0..1, was " + targetOosRecall);
        }
        this.targetOosRecall = targetOosRecall;
        this.tuneMaxOutOfScope = tuneMaxOutOfScope;
    }

    /** @throws IllegalArgumentException when the validation predictions hold no in-scope row */
    public Calibration calibrate(Predictions validation, AnswerGate base) {
        Objects.requireNonNull(base, "base must not be null");
        if (validation.outOfScopeRows() == 0) {
            return new Calibration(base, GateFigures.of(validation.rows(), base), Calibration.Basis.NO_OOS_ROWS,
                    targetOosRecall);
        }
        List<GateFigures> candidates = new ArrayList<>();
        for (double maxOutOfScope : tuneMaxOutOfScope ? MAX_OUT_OF_SCOPE : List.of(base.maxOutOfScope())) {
            AnswerGate gate = new AnswerGate(base.minConfidence(), base.minMargin(), maxOutOfScope);
            candidates.addAll(ThresholdSweep.over(validation.rows(), gate));
        }
        Comparator<GateFigures> tieBreak = Comparator.comparingDouble(ThresholdCalibration::oosRecall)
                .thenComparing(Comparator.comparingDouble(GateFigures::minConfidence).reversed())
                .thenComparingDouble(figures -> figures.gate().maxOutOfScope());
        List<GateFigures> meeting = candidates.stream()
                .filter(figures -> oosRecall(figures) >= targetOosRecall).toList();
        if (!meeting.isEmpty()) {
            GateFigures best = meeting.stream()
                    .max(Comparator.comparingDouble(GateFigures::inScopeAccuracy).thenComparing(tieBreak))
                    .orElseThrow();
            return new Calibration(best.gate(), best, Calibration.Basis.TARGET_MET, targetOosRecall);
        }
        GateFigures best = candidates.stream()
                .max(Comparator.comparingDouble((GateFigures figures) ->
                        (figures.inScopeAccuracy() + oosRecall(figures)) / 2).thenComparing(tieBreak))
                .orElseThrow();
        return new Calibration(best.gate(), best, Calibration.Basis.TARGET_MISSED, targetOosRecall);
    }

    private static double oosRecall(GateFigures figures) {
        return figures.oosRecall().orElseThrow();
    }
}
