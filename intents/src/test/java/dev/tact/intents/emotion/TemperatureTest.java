package dev.tact.intents.emotion;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TemperatureTest {

    @Test
    void fitSoftensOverconfidentScores() {
        // always 0.97 on its first guess, right only 60% of the time
        List<double[]> probabilities = new ArrayList<>();
        List<Set<Integer>> gold = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            probabilities.add(new double[]{0.97, 0.01, 0.005, 0.005, 0.005, 0.005});
            gold.add(Set.of(i % 5 < 3 ? 0 : 1));
        }
        double t = Temperature.fit(probabilities, gold);
        assertThat(t).isGreaterThan(1.5);
        assertThat(Temperature.logLoss(probabilities, gold, t)).isLessThan(Temperature.logLoss(probabilities, gold, 1));
    }

    @Test
    void calibratedKeepsTheOrderAndAddsUpToOne() {
        double[] q = EmotionModel.calibrated(new double[]{0.7, 0.2, 0.1}, 2);
        assertThat(q[0] + q[1] + q[2]).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(q[0]).isLessThan(0.7).isGreaterThan(q[1]);
    }
}
