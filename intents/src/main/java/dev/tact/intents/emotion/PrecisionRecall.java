package dev.tact.intents.emotion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The precision and recall of a binary score at every threshold, from scores and gold verdicts: what a threshold
 * is chosen on and what an evaluation reports.
 */
public final class PrecisionRecall {

    /** Precision, recall and F1 of the rule "emotional when score ≥ threshold". */
    public record Point(double threshold, double precision, double recall, double f1) {
    }

    /** Highest threshold first. */
    private final List<Point> points = new ArrayList<>();

    /** @param scores one score per row; @param gold whether each row is truly positive */
    public PrecisionRecall(double[] scores, boolean[] gold) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -scores[i]));
        long positives = IntStream.range(0, gold.length).filter(i -> gold[i]).count();
        int truePositives = 0;
        for (int k = 0; k < order.length; k++) {
            truePositives += gold[order[k]] ? 1 : 0;
            if (k + 1 < order.length && scores[order[k + 1]] == scores[order[k]]) {
                continue; // rows with equal scores fall on the same side of any threshold
            }
            double precision = truePositives / (double) (k + 1);
            double recall = positives == 0 ? 0 : truePositives / (double) positives;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            points.add(new Point(scores[order[k]], precision, recall, f1));
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no scores");
        }
    }

    /** The threshold with the best F1. */
    public Point best() {
        return points.stream().max(Comparator.comparingDouble(Point::f1)).orElseThrow();
    }

    /** The threshold with the best F1 among those whose recall is at least {@code recall}. */
    public Point bestWithRecall(double recall) {
        return points.stream().filter(p -> p.recall() >= recall)
                .max(Comparator.comparingDouble(Point::f1)).orElseGet(() -> points.get(points.size() - 1));
    }

    /** The highest threshold whose recall is at least {@code recall}. */
    public Point atRecall(double recall) {
        return points.stream().filter(p -> p.recall() >= recall).findFirst()
                .orElseGet(() -> points.get(points.size() - 1));
    }

    /** The figures at a given threshold. */
    public Point at(double threshold) {
        Point last = new Point(threshold, 0, 0, 0);
        for (int k = 0; k < points.size() && points.get(k).threshold() >= threshold; k++) {
            last = points.get(k);
        }
        return new Point(threshold, last.precision(), last.recall(), last.f1());
    }
}
