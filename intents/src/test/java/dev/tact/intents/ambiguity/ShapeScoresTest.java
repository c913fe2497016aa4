package dev.tact.intents.ambiguity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShapeScoresTest {

    private static final ShapeScores SCORES = new ShapeScores(
            List.of(RequestShape.PLAIN, RequestShape.HEDGED, RequestShape.VAGUE, RequestShape.VAGUE),
            List.of(ShapeReading.of(new double[] {0.7, 0.1, 0.1, 0.1}),
                    ShapeReading.of(new double[] {0.2, 0.6, 0.1, 0.1}),
                    ShapeReading.of(new double[] {0.1, 0.1, 0.1, 0.7}),
                    ShapeReading.of(new double[] {0.6, 0.1, 0.0, 0.3})));

    @Test
    void accuracyAndMacroF1JudgeTheMostLikelyShape() {
        assertThat(SCORES.accuracy()).isEqualTo(0.75);
        // plain P 1/2 R 1 → 2/3; hedged 1; vague P 1 R 1/2 → 2/3; multiple absent
        assertThat(SCORES.macroF1()).isCloseTo((2 / 3.0 + 1 + 2 / 3.0) / 3, within(1e-9));
    }

    @Test
    void atGivesPrecisionAndRecallOfAThreshold() {
        var point = SCORES.at(RequestShape.VAGUE, 0.25);
        assertThat(point.recall()).isEqualTo(1.0);
        assertThat(point.precision()).isEqualTo(1.0);
        assertThat(SCORES.at(RequestShape.VAGUE, 0.5).recall()).isEqualTo(0.5);
    }

    @Test
    void chosenThresholdsKeepTheRecall() {
        ShapeThresholds chosen = ShapeThresholds.chosen(SCORES, 1.0);
        assertThat(SCORES.at(RequestShape.VAGUE, chosen.vague()).recall()).isEqualTo(1.0);
        assertThat(chosen.vague()).isEqualTo(0.3);
    }
}
