package dev.tact.intents.emotion;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well an emotion detector did on labelled rows.
 *
 * @param rows          rows evaluated
 * @param threshold     the detector's own threshold
 * @param precision     precision of "emotional" at that threshold, against "has any negative GoEmotions label"
 * @param recall        recall at that threshold
 * @param f1            F1 at that threshold
 * @param bestF1        the best F1 at any threshold (hindsight, for reference only)
 * @param f1AtRecall80  the F1 at the highest threshold whose recall is at least 0.80 (hindsight, for reference)
 * @param accuracy      the share of rows whose top class is one of their gold classes
 * @param classAccuracy per class, the share of the rows with that gold class whose top class is that class
 */
public record EmotionFigures(int rows, double threshold, double precision, double recall, double f1, double bestF1,
                             double f1AtRecall80, double accuracy, Map<EmotionClass, Double> classAccuracy) {

    public EmotionFigures {
        Objects.requireNonNull(classAccuracy, "classAccuracy must not be null");
        classAccuracy = Collections.unmodifiableMap(new EnumMap<>(classAccuracy));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%d rows; at threshold %.3f: P %.3f R %.3f F1 %.3f; best F1 %.3f; F1 at recall 0.80 %.3f; "
                        + "class accuracy %.3f", rows, threshold, precision, recall, f1, bestF1, f1AtRecall80,
                accuracy));
        classAccuracy.forEach((c, a) -> text.append(String.format(java.util.Locale.ROOT, "; %s %.3f", c.key(), a)));
        return text.toString();
    }
}
