package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.LabeledText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** Counts of gold label → effective label under one gate. */
public final class ConfusionMatrix {

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> support = new HashMap<>();
    private final Map<String, Integer> predicted = new HashMap<>();
    private final SortedSet<String> labels = new TreeSet<>();

    private ConfusionMatrix() {
    }

    public static ConfusionMatrix of(List<ScoredRow> rows, AnswerGate gate) {
        ConfusionMatrix matrix = new ConfusionMatrix();
        for (ScoredRow row : rows) {
            String gold = row.row().label();
            String effective = row.effectiveLabel(gate);
            matrix.counts.computeIfAbsent(gold, key -> new HashMap<>()).merge(effective, 1, Integer::sum);
            matrix.support.merge(gold, 1, Integer::sum);
            matrix.predicted.merge(effective, 1, Integer::sum);
            matrix.labels.add(gold);
            matrix.labels.add(effective);
        }
        return matrix;
    }

    public int count(String gold, String effective) {
        return counts.getOrDefault(gold, Map.of()).getOrDefault(effective, 0);
    }

    /** Every label that is gold or predicted somewhere ({@code oos} included), by name. */
    public List<IntentFigures> perIntent() {
        return labels.stream().map(label -> IntentFigures.of(label, count(label, label),
                support.getOrDefault(label, 0), predicted.getOrDefault(label, 0))).toList();
    }

    /**
     * The mean F1 over the in-scope labels that are gold in at least one row; {@code oos} and intents that are
     * only ever predicted are left out. 0 when there is no such label.
     */
    public double macroF1() {
        return perIntent().stream()
                .filter(figures -> figures.support() > 0 && !LabeledText.OUT_OF_SCOPE.equals(figures.intent()))
                .mapToDouble(IntentFigures::f1).average().orElse(0);
    }

    /** The most frequent gold → other-label pairs, most frequent first (ties by gold, then predicted label). */
    public List<Confusion> worst(int limit) {
        List<Confusion> confusions = new ArrayList<>();
        counts.forEach((gold, row) -> row.forEach((effective, n) -> {
            if (!gold.equals(effective)) {
                confusions.add(new Confusion(gold, effective, n));
            }
        }));
        return confusions.stream()
                .sorted(Comparator.comparingInt(Confusion::count).reversed()
                        .thenComparing(Confusion::gold).thenComparing(Confusion::predicted))
                .limit(limit).toList();
    }
}
