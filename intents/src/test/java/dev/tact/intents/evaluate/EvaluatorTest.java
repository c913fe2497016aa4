package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.LabeledText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static dev.tact.intents.evaluate.Fixtures.prediction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EvaluatorTest {

    private static final AnswerGate GATE = new AnswerGate(0.5, 0, 1);

    private final Fixtures.Rows rows = Fixtures.tenRows();
    private final Evaluation evaluation = new Evaluator().evaluate(rows.classifier(), rows.rows, GATE);

    @Test
    void evaluateComputesGateFiguresByHand() {
        GateFigures figures = evaluation.figures();
        assertThat(evaluation.testRows()).isEqualTo(10);
        assertThat(evaluation.outOfScopeRows()).isEqualTo(3);
        // right: a1 a2 b1 b3 (answered with their intent) + o1 o3 (not answered)
        assertThat(figures.accuracy()).isCloseTo(0.6, within(1e-12));
        // answered: a1 a2 a3 b1 b2 b3 o2
        assertThat(figures.answeredShare()).isCloseTo(0.7, within(1e-12));
        assertThat(figures.accuracyOfAnswered().getAsDouble()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(figures.inScopeAccuracy()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(figures.oosRecall().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(evaluation.gate()).isEqualTo(GATE);
    }

    @Test
    void evaluateTop1AccuracyIgnoresTheGate() {
        // top intent right: a1 a2 a4 b1 b3 of seven in-scope rows
        assertThat(evaluation.top1Accuracy()).isCloseTo(5.0 / 7, within(1e-12));
    }

    @Test
    void evaluatePerIntentCountsNotAnsweredAsOos() {
        assertThat(evaluation.perIntent()).extracting(IntentFigures::intent).containsExactly("a", "b", "oos");
        IntentFigures a = evaluation.perIntent().get(0);
        assertThat(a.support()).isEqualTo(4);
        assertThat(a.predicted()).isEqualTo(3);
        assertThat(a.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(a.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(a.f1()).isCloseTo(4.0 / 7, within(1e-12));
        IntentFigures b = evaluation.perIntent().get(1);
        assertThat(b.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(b.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(b.f1()).isCloseTo(4.0 / 7, within(1e-12));
        IntentFigures oos = evaluation.perIntent().get(2);
        assertThat(oos.support()).isEqualTo(3);
        assertThat(oos.predicted()).isEqualTo(3);
        assertThat(oos.f1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void evaluateMacroF1LeavesOutOos() {
        assertThat(evaluation.macroF1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void evaluateListsConfusionsMostFrequentFirst() {
        Fixtures.Rows more = Fixtures.tenRows().add("a5", "a", prediction(0, "b", 0.9));
        Evaluation withMore = new Evaluator(3).evaluate(more.classifier(), more.rows, GATE);
        assertThat(withMore.confusions()).containsExactly(new Confusion("a", "b", 2), new Confusion("a", "oos", 1),
                new Confusion("b", "a", 1));
        assertThat(evaluation.confusions()).containsExactly(new Confusion("a", "b", 1), new Confusion("a", "oos", 1),
                new Confusion("b", "a", 1), new Confusion("oos", "b", 1));
    }

    @Test
    void evaluateHonoursMarginAndOutOfScopeSettingsOfTheGate() {
        // margin 0.15 turns away b2 (0.10) and a3 is kept (0.40); max out-of-scope 0.7 turns away o2 (0.8)
        Evaluation strict = new Evaluator().evaluate(rows.classifier(), rows.rows, new AnswerGate(0.5, 0.15, 0.7));
        assertThat(strict.figures().oosRecall().getAsDouble()).isEqualTo(1.0);
        assertThat(strict.figures().answeredShare()).isCloseTo(0.5, within(1e-12));
        assertThat(strict.figures().accuracy()).isCloseTo(0.7, within(1e-12));
        assertThat(strict.confusions()).contains(new Confusion("b", "oos", 1));
    }

    @Test
    void evaluateCountsATopIntentOfOosAsNotAnswered() {
        Fixtures.Rows explicit = new Fixtures.Rows()
                .add("x", "a", prediction(0, "a", 0.9))
                .add("y", "oos", prediction(0, "oos", 0.9, "a", 0.1));
        GateFigures figures = new Evaluator().evaluate(explicit.classifier(), explicit.rows, AnswerGate.ALWAYS)
                .figures();
        assertThat(figures.oosRecall()).isEqualTo(OptionalDouble.of(1));
        assertThat(figures.answeredShare()).isEqualTo(0.5);
        assertThat(figures.accuracy()).isEqualTo(1.0);
    }

    @Test
    void evaluateWithoutOosRowsLeavesOosRecallEmpty() {
        Fixtures.Rows inScope = new Fixtures.Rows().add("x", "a", prediction(0, "a", 0.9))
                .add("y", "b", prediction(0, "a", 0.4));
        Evaluation result = new Evaluator().evaluate(inScope.classifier(), inScope.rows, GATE);
        assertThat(result.figures().oosRecall()).isEmpty();
        assertThat(result.figures().accuracy()).isEqualTo(0.5);
        assertThat(result.outOfScopeRows()).isZero();
    }

    @Test
    void evaluateRejectsRowsWithoutInScopeRows() {
        Fixtures.Rows onlyOos = new Fixtures.Rows().add("o", "oos", prediction(0, "a", 0.9));
        assertThatThrownBy(() -> new Evaluator().evaluate(onlyOos.classifier(), onlyOos.rows, GATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no in-scope row");
    }

    @Test
    void evaluateClassifiesEachRowOnce() {
        int[] calls = {0};
        Evaluation result = new Evaluator().evaluate(text -> {
            calls[0]++;
            return rows.predictions.get(text);
        }, rows.rows, GATE);
        assertThat(calls[0]).isEqualTo(10);
        assertThat(result.sweep()).hasSize(20);
        assertThat(result.utterancesPerSecond()).isPositive();
    }

    @Test
    void sweepRunsFromZeroToNinetyFiveKeepingTheOtherSettings() {
        List<GateFigures> sweep = evaluation.sweep();
        assertThat(sweep).extracting(GateFigures::minConfidence).containsExactlyElementsOf(ThresholdSweep.THRESHOLDS);
        assertThat(sweep.get(0).minConfidence()).isZero();
        assertThat(sweep.get(19).minConfidence()).isEqualTo(0.95);
        assertThat(sweep).allSatisfy(point -> assertThat(point.gate().maxOutOfScope()).isEqualTo(1.0));
        GateFigures atZero = sweep.get(0);
        assertThat(atZero.answeredShare()).isEqualTo(1.0);
        assertThat(atZero.accuracy()).isCloseTo(0.5, within(1e-12));
        assertThat(atZero.oosRecall().getAsDouble()).isZero();
        GateFigures atHalf = sweep.get(10);
        assertThat(atHalf).isEqualTo(evaluation.figures());
        GateFigures atTop = sweep.get(19);
        assertThat(atTop.answeredShare()).isZero();
        assertThat(atTop.accuracyOfAnswered()).isEmpty();
        assertThat(atTop.oosRecall().getAsDouble()).isEqualTo(1.0);
        assertThat(atTop.accuracy()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void sweepAnsweredShareNeverRises() {
        List<GateFigures> sweep = evaluation.sweep();
        for (int i = 1; i < sweep.size(); i++) {
            assertThat(sweep.get(i).answeredShare()).isLessThanOrEqualTo(sweep.get(i - 1).answeredShare());
            assertThat(sweep.get(i).inScopeAccuracy()).isLessThanOrEqualTo(sweep.get(i - 1).inScopeAccuracy());
            assertThat(sweep.get(i).oosRecall().getAsDouble())
                    .isGreaterThanOrEqualTo(sweep.get(i - 1).oosRecall().getAsDouble());
        }
    }

    @Test
    void predictionsConcatKeepsOrderAndSumsTime() {
        Predictions first = new Predictions(List.of(new ScoredRow(new LabeledText("x", "a"), prediction(0))), 1.5);
        Predictions second = new Predictions(List.of(new ScoredRow(new LabeledText("y", "oos"), prediction(0))), 0.5);
        Predictions both = Predictions.concat(List.of(first, second));
        assertThat(both.rows()).extracting(row -> row.row().text()).containsExactly("x", "y");
        assertThat(both.seconds()).isEqualTo(2.0);
        assertThat(both.utterancesPerSecond()).isEqualTo(1.0);
        assertThat(both.outOfScopeRows()).isEqualTo(1);
    }
}
