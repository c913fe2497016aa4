package dev.tact.intents.evaluate;

import dev.tact.intents.classify.LabeledText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StratifiedFoldsTest {

    private static List<LabeledText> rows() {
        List<LabeledText> rows = new ArrayList<>();
        Map.of("a", 10, "b", 7, "oos", 3, "c", 1).forEach((label, n) -> {
            for (int i = 0; i < n; i++) {
                rows.add(new LabeledText(label + "-" + i, label));
            }
        });
        return rows;
    }

    @Test
    void splitPutsEveryRowInExactlyOneTestFold() {
        List<LabeledText> rows = rows();
        List<Fold> folds = StratifiedFolds.split(rows, 5, 7);
        assertThat(folds).extracting(Fold::index).containsExactly(1, 2, 3, 4, 5);
        List<LabeledText> tested = folds.stream().flatMap(fold -> fold.test().stream()).toList();
        assertThat(tested).containsExactlyInAnyOrderElementsOf(rows);
        for (Fold fold : folds) {
            assertThat(fold.train()).hasSize(rows.size() - fold.test().size());
            assertThat(new HashSet<>(fold.train())).doesNotContainAnyElementsOf(fold.test());
        }
    }

    @Test
    void splitKeepsLabelProportionsAndFoldSizes() {
        List<Fold> folds = StratifiedFolds.split(rows(), 5, 7);
        for (String label : List.of("a", "b", "oos", "c")) {
            List<Long> perFold = folds.stream()
                    .map(fold -> fold.test().stream().filter(row -> row.label().equals(label)).count()).toList();
            assertThat(perFold.stream().mapToLong(Long::longValue).max().orElseThrow()
                    - perFold.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        }
        assertThat(folds.stream().filter(fold -> fold.test().stream().anyMatch(row -> row.label().equals("a"))))
                .hasSize(5);
        List<Integer> sizes = folds.stream().map(fold -> fold.test().size()).toList();
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(4, 5));
    }

    @Test
    void splitGivesEveryFoldAnInScopeRowWhenThereAreEnough() {
        List<LabeledText> rows = new ArrayList<>(List.of(new LabeledText("a1", "a"), new LabeledText("z1", "z"),
                new LabeledText("b1", "b")));
        for (int i = 0; i < 9; i++) {
            rows.add(new LabeledText("o" + i, "oos"));
        }
        assertThat(StratifiedFolds.split(rows, 3, 1))
                .allSatisfy(fold -> assertThat(fold.test()).anyMatch(row -> !row.outOfScope()));
    }

    @Test
    void splitIsFixedBySeed() {
        Map<Integer, List<String>> first = texts(StratifiedFolds.split(rows(), 4, 42));
        assertThat(texts(StratifiedFolds.split(rows(), 4, 42))).isEqualTo(first);
        assertThat(texts(StratifiedFolds.split(rows(), 4, 43))).isNotEqualTo(first);
    }

    @Test
    void splitRejectsImpossibleFoldCounts() {
        assertThatThrownBy(() -> StratifiedFolds.split(rows(), 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StratifiedFolds.split(rows(), 22, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<Integer, List<String>> texts(List<Fold> folds) {
        return folds.stream().collect(Collectors.toMap(Fold::index,
                fold -> fold.test().stream().map(LabeledText::text).toList()));
    }
}
