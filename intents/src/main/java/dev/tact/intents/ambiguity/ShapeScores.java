package dev.tact.intents.ambiguity;

import dev.tact.intents.emotion.PrecisionRecall;

import java.util.List;

/**
 * The readings of labelled rows, with the figures an evaluation reports: accuracy and macro F1 of the most likely
 * shape, and for each shape the precision and recall of "this shape when its probability ≥ a threshold".
 *
 * @param gold     each row's labelled shape
 * @param readings each row's reading, in the same order
 */
public record ShapeScores(List<RequestShape> gold, List<ShapeReading> readings) {

    public ShapeScores {
        gold = List.copyOf(gold);
        readings = List.copyOf(readings);
        if (gold.size() != readings.size() || gold.isEmpty()) {
            throw new IllegalArgumentException("one reading per gold shape expected, and at least one row");
        }
    }

    public int rows() {
        return gold.size();
    }

    /** Share of rows whose most likely shape is the gold one. */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < rows(); i++) {
            right += readings.get(i).top() == gold.get(i) ? 1 : 0;
        }
        return right / (double) rows();
    }

    /** Mean over the shapes present of the F1 of the most likely shape. */
    public double macroF1() {
        double sum = 0;
        int shapes = 0;
        for (RequestShape shape : RequestShape.values()) {
            int truePositives = 0;
            int predicted = 0;
            int actual = 0;
            for (int i = 0; i < rows(); i++) {
                boolean isGold = gold.get(i) == shape;
                boolean isTop = readings.get(i).top() == shape;
                truePositives += isGold && isTop ? 1 : 0;
                predicted += isTop ? 1 : 0;
                actual += isGold ? 1 : 0;
            }
            if (actual == 0) {
                continue;
            }
            double precision = predicted == 0 ? 0 : truePositives / (double) predicted;
            double recall = truePositives / (double) actual;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            shapes++;
        }
        return sum / shapes;
    }

    /** Precision and recall of "{@code shape} when its probability ≥ t", for every t. */
    public PrecisionRecall curve(RequestShape shape) {
        double[] scores = readings.stream().mapToDouble(reading -> reading.probability(shape)).toArray();
        boolean[] positive = new boolean[rows()];
        for (int i = 0; i < rows(); i++) {
            positive[i] = gold.get(i) == shape;
        }
        return new PrecisionRecall(scores, positive);
    }

    /** The share of the rows of gold shape {@code shape} that {@code thresholds} flag with any signal. */
    public double flaggedShare(RequestShape shape, ShapeThresholds thresholds) {
        int rows = 0;
        int flagged = 0;
        for (int i = 0; i < rows(); i++) {
            if (gold.get(i) == shape) {
                rows++;
                flagged += thresholds.flags(readings.get(i)) ? 1 : 0;
            }
        }
        return rows == 0 ? 0 : flagged / (double) rows;
    }

    /** The figures of {@code shape} at {@code threshold}. */
    public PrecisionRecall.Point at(RequestShape shape, double threshold) {
        return curve(shape).at(threshold);
    }
}
