package dev.tact.intents.evaluate;

import dev.tact.intents.classify.LabeledText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Splits rows into k folds stratified by label: the rows of each label (labels taken in name order, {@code oos}
 * last) are shuffled with a {@link Random} of the given seed and dealt to the folds in turn, the dealing carrying
 * on from label to label. Every row lands in exactly one test fold, each label's rows are spread over the folds as
 * evenly as whole rows allow, and fold sizes differ by at most one; with at least k in-scope rows every test fold
 * holds an in-scope row. The same rows and seed give the same folds.
 */
public final class StratifiedFolds {

    private static final Comparator<String> OOS_LAST = Comparator
            .comparing((String label) -> label.equals(LabeledText.OUT_OF_SCOPE)).thenComparing(Comparator.naturalOrder());

    private StratifiedFolds() {
    }

    /** @throws IllegalArgumentException when k is below 2 or above the number of rows */
    public static List<Fold> split(List<LabeledText> rows, int k, long seed) {
        if (k < 2 || k > rows.size()) {
            throw new IllegalArgumentException("folds must be within 2.." + rows.size() + ", was " + k);
        }
        Map<String, List<LabeledText>> byLabel = new TreeMap<>(OOS_LAST);
        rows.forEach(row -> byLabel.computeIfAbsent(row.label(), label -> new ArrayList<>()).add(row));
        List<List<LabeledText>> tests = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            tests.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int next = 0;
        for (List<LabeledText> group : byLabel.values()) {
            Collections.shuffle(group, random);
            for (LabeledText row : group) {
                tests.get(next).add(row);
                next = (next + 1) % k;
            }
        }
        List<Fold> folds = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            List<LabeledText> train = new ArrayList<>(rows.size());
            for (int j = 0; j < k; j++) {
                if (j != i) {
                    train.addAll(tests.get(j));
                }
            }
            folds.add(new Fold(i + 1, train, tests.get(i)));
        }
        return folds;
    }
}
