package dev.tact.intents.emotion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PrecisionRecallTest {

    // scores high to low: + + - + - -
    private final PrecisionRecall curve = new PrecisionRecall(new double[]{0.9, 0.8, 0.7, 0.6, 0.5, 0.4},
            new boolean[]{true, true, false, true, false, false});

    @Test
    void atThresholdCountsRowsAtOrAboveIt() {
        PrecisionRecall.Point point = curve.at(0.7);
        assertThat(point.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(point.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(curve.at(0.95).recall()).isZero();
    }

    @Test
    void bestAndRecallConstrainedPointsPickTheirThresholds() {
        assertThat(curve.best().threshold()).isEqualTo(0.6);
        assertThat(curve.best().f1()).isCloseTo(6 / 7.0, within(1e-9));
        assertThat(curve.atRecall(0.5).threshold()).isEqualTo(0.8);
        assertThat(curve.bestWithRecall(0.5).threshold()).isEqualTo(0.6);
    }

    @Test
    void equalScoresFallOnTheSameSide() {
        var tied = new PrecisionRecall(new double[]{0.5, 0.5}, new boolean[]{true, false});
        assertThat(tied.best().precision()).isEqualTo(0.5);
    }
}
