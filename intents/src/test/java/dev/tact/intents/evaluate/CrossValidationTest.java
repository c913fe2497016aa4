package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.IntentTrainer;
import dev.tact.intents.classify.LabeledText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.tact.intents.evaluate.Fixtures.prediction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CrossValidationTest {

    /** Predicts the text's prefix ("a-3" → a) surely, oos rows as a with 0.2; "a-0" it always gets wrong. */
    static final IntentTrainer PREFIX_TRAINER = (samples, listener) -> {
        listener.progress("counting", 0, 1);
        listener.progress("counting", 1, 1);
        return text -> {
            String label = text.substring(0, text.indexOf('-'));
            if (text.equals("a-0")) {
                return prediction(0, "b", 0.9, "a", 0.1);
            }
            return label.equals("oos") ? prediction(0.8, "a", 0.2) : prediction(0, label, 0.9);
        };
    };

    static List<LabeledText> rows() {
        List<LabeledText> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(new LabeledText("a-" + i, "a"));
            rows.add(new LabeledText("b-" + i, "b"));
            rows.add(new LabeledText("oos-" + i, "oos"));
        }
        return rows;
    }

    @Test
    void runTrainsAndEvaluatesEveryFoldAndPoolsThePredictions() {
        List<String> stages = new ArrayList<>();
        CrossValidationResult result = new CrossValidation(PREFIX_TRAINER, new Evaluator(), 3, 42)
                .run(rows(), new AnswerGate(0.5, 0, 1), (stage, done, total) -> stages.add(stage));
        assertThat(result.folds()).hasSize(3);
        assertThat(result.folds()).allSatisfy(fold -> {
            assertThat(fold.trainRows() + fold.testRows()).isEqualTo(18);
            assertThat(fold.trainSeconds()).isNotNegative();
        });
        assertThat(stages).contains("fold 1/3 counting", "fold 3/3 counting");
        Evaluation pooled = result.pooled();
        assertThat(pooled.testRows()).isEqualTo(18);
        assertThat(pooled.accuracy()).isCloseTo(17.0 / 18, within(1e-12));
        assertThat(pooled.confusions()).containsExactly(new Confusion("a", "b", 1));
        assertThat(pooled.figures().oosRecall().getAsDouble()).isEqualTo(1.0);
        assertThat(result.trainSeconds()).isCloseTo(
                result.folds().stream().mapToDouble(FoldResult::trainSeconds).sum(), within(1e-12));
    }

    @Test
    void runGivesMeanAndSampleStandardDeviationOfFoldAccuracies() {
        CrossValidationResult result = new CrossValidation(PREFIX_TRAINER, new Evaluator(), 3, 42)
                .run(rows(), new AnswerGate(0.5, 0, 1), (stage, done, total) -> { });
        // six rows per fold; the fold holding a-0 gets 5 of 6 right
        assertThat(result.folds()).extracting(fold -> fold.figures().accuracy())
                .containsExactlyInAnyOrder(5.0 / 6, 1.0, 1.0);
        double mean = (5.0 / 6 + 2) / 3;
        assertThat(result.meanAccuracy()).isCloseTo(mean, within(1e-12));
        double variance = (Math.pow(5.0 / 6 - mean, 2) + 2 * Math.pow(1 - mean, 2)) / 2;
        assertThat(result.stddevAccuracy()).isCloseTo(Math.sqrt(variance), within(1e-12));
    }
}
