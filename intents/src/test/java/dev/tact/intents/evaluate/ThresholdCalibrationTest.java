package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;
import org.junit.jupiter.api.Test;

import static dev.tact.intents.evaluate.Fixtures.prediction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThresholdCalibrationTest {

    private static final AnswerGate BASE = new AnswerGate(0.3, 0.05, 1);

    /** In-scope rows (top intent right) at 0.9 0.8 0.7 0.6 0.4; oos rows at the given confidences. */
    private static Predictions validation(double... oosConfidences) {
        Fixtures.Rows rows = new Fixtures.Rows();
        double[] inScope = {0.9, 0.8, 0.7, 0.6, 0.4};
        for (int i = 0; i < inScope.length; i++) {
            rows.add("in" + i, "a", prediction(0, "a", inScope[i]));
        }
        for (int i = 0; i < oosConfidences.length; i++) {
            rows.add("out" + i, "oos", prediction(0, "a", oosConfidences[i]));
        }
        return rows.predictions();
    }

    @Test
    void calibrateChoosesBestInScopeAccuracyReachingTheTarget() {
        // oos recall reaches 0.75 from 0.55 on, where in-scope accuracy is 0.8 (0.60 ties; the lower one answers more)
        Calibration calibration = new ThresholdCalibration().calibrate(validation(0.3, 0.35, 0.5, 0.65), BASE);
        assertThat(calibration.basis()).isEqualTo(Calibration.Basis.TARGET_MET);
        assertThat(calibration.gate()).isEqualTo(new AnswerGate(0.55, 0.05, 1));
        assertThat(calibration.validation().inScopeAccuracy()).isCloseTo(0.8, within(1e-12));
        assertThat(calibration.validation().oosRecall().getAsDouble()).isEqualTo(0.75);
        assertThat(calibration.targetOosRecall()).isEqualTo(0.7);
    }

    @Test
    void calibrateWithAHigherTargetGivesUpInScopeAccuracy() {
        Calibration calibration = new ThresholdCalibration(0.9, false).calibrate(validation(0.3, 0.35, 0.5, 0.65),
                BASE);
        assertThat(calibration.gate().minConfidence()).isEqualTo(0.7);
        assertThat(calibration.validation().inScopeAccuracy()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void calibrateFallsBackToTheMeanWhenTheTargetIsOutOfReach() {
        // an oos row at 0.99 is never turned away: recall tops out at 0.8; the mean peaks at 0.7 for
        // thresholds 0.40, 0.55, 0.60 and 0.70, and 0.70 has the highest oos recall
        Calibration calibration = new ThresholdCalibration(0.9, false)
                .calibrate(validation(0.3, 0.35, 0.5, 0.65, 0.99), BASE);
        assertThat(calibration.basis()).isEqualTo(Calibration.Basis.TARGET_MISSED);
        assertThat(calibration.gate().minConfidence()).isEqualTo(0.7);
        assertThat(calibration.validation().oosRecall().getAsDouble()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void calibrateCanTuneTheMaximumOutOfScopeScore() {
        Fixtures.Rows rows = new Fixtures.Rows()
                .add("in1", "a", prediction(0.1, "a", 0.9))
                .add("in2", "a", prediction(0.2, "a", 0.9))
                .add("out1", "oos", prediction(0.8, "a", 0.9))
                .add("out2", "oos", prediction(0.9, "a", 0.9));
        Calibration confidenceOnly = new ThresholdCalibration().calibrate(rows.predictions(), AnswerGate.ALWAYS);
        assertThat(confidenceOnly.gate().minConfidence()).isEqualTo(0.95);
        assertThat(confidenceOnly.validation().inScopeAccuracy()).isZero();
        Calibration both = new ThresholdCalibration(0.7, true).calibrate(rows.predictions(), AnswerGate.ALWAYS);
        assertThat(both.gate()).isEqualTo(new AnswerGate(0, 0, 0.75));
        assertThat(both.validation().inScopeAccuracy()).isEqualTo(1.0);
        assertThat(both.validation().oosRecall().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void calibrateWithoutOosRowsKeepsTheGate() {
        Calibration calibration = new ThresholdCalibration().calibrate(validation(), BASE);
        assertThat(calibration.basis()).isEqualTo(Calibration.Basis.NO_OOS_ROWS);
        assertThat(calibration.gate()).isEqualTo(BASE);
        assertThat(calibration.validation().oosRecall()).isEmpty();
    }
}
