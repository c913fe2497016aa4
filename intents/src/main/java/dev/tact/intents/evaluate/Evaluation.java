package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Evaluator} found on one set of rows.
 *
 * @param figures             accuracy, answered share, in-scope accuracy, oos recall … under the gate used
 * @param top1Accuracy        in-scope rows whose top intent is the gold one / in-scope rows, ignoring the gate
 * @param perIntent           per-label figures under the gate, by label name
 * @param macroF1             see {@link ConfusionMatrix#macroF1()}
 * @param confusions          the worst gold → effective-label pairs
 * @param sweep               the figures at every threshold of {@link ThresholdSweep}
 * @param outOfScopeRows      rows labelled {@code oos}
 * @param classifySeconds     time spent classifying
 * @param utterancesPerSecond rows classified per second
 */
public record Evaluation(GateFigures figures, double top1Accuracy, List<IntentFigures> perIntent, double macroF1,
                         List<Confusion> confusions, List<GateFigures> sweep, int outOfScopeRows,
                         double classifySeconds, double utterancesPerSecond) {

    public Evaluation {
        Objects.requireNonNull(figures, "figures must not be null");
        perIntent = List.copyOf(perIntent);
        confusions = List.copyOf(confusions);
        sweep = List.copyOf(sweep);
    }

    public AnswerGate gate() {
        return figures.gate();
    }

    public int testRows() {
        return figures.rows();
    }

    public double accuracy() {
        return figures.accuracy();
    }
}
