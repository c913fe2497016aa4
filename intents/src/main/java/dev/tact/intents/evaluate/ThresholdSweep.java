package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;

import java.util.List;
import java.util.stream.IntStream;

/** The gate's minimum confidence from 0.00 to 0.95 in steps of 0.05, its other settings kept. */
public final class ThresholdSweep {

    /** 0.00, 0.05, …, 0.95. */
    public static final List<Double> THRESHOLDS = IntStream.range(0, 20).mapToObj(i -> i / 20.0).toList();

    private ThresholdSweep() {
    }

    public static List<GateFigures> over(List<ScoredRow> rows, AnswerGate base) {
        return THRESHOLDS.stream().map(threshold -> GateFigures.of(rows, base.withMinConfidence(threshold))).toList();
    }
}
