package dev.tact.intents.evaluate;

import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.classify.LabeledText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A classifier's predictions on a set of rows, kept so that every gate (the threshold sweep, calibration) is
 * judged without classifying again.
 *
 * @param rows    the rows with their predictions, in input order
 * @param seconds wall-clock time the classification took
 */
public record Predictions(List<ScoredRow> rows, double seconds) {

    public Predictions {
        Objects.requireNonNull(rows, "rows must not be null");
        rows = List.copyOf(rows);
        if (seconds < 0 || Double.isNaN(seconds)) {
            throw new IllegalArgumentException("seconds must not be negative, was " + seconds);
        }
    }

    /** Classifies every row once, timing the whole run. */
    public static Predictions classify(IntentClassifier classifier, List<LabeledText> rows) {
        Objects.requireNonNull(classifier, "classifier must not be null");
        List<ScoredRow> scored = new ArrayList<>(rows.size());
        long start = System.nanoTime();
        for (LabeledText row : rows) {
            scored.add(new ScoredRow(row, classifier.classify(row.text())));
        }
        return new Predictions(scored, (System.nanoTime() - start) / 1e9);
    }

    /** All rows of the parts, one after the other, and their summed time (cross-validation pools its folds). */
    public static Predictions concat(List<Predictions> parts) {
        List<ScoredRow> all = new ArrayList<>();
        double seconds = 0;
        for (Predictions part : parts) {
            all.addAll(part.rows());
            seconds += part.seconds();
        }
        return new Predictions(all, seconds);
    }

    /** Rows classified per second (a run too short for the clock counts as one nanosecond). */
    public double utterancesPerSecond() {
        return rows.size() / Math.max(seconds, 1e-9);
    }

    public int outOfScopeRows() {
        return (int) rows.stream().filter(row -> row.row().outOfScope()).count();
    }

    public int inScopeRows() {
        return rows.size() - outOfScopeRows();
    }
}
