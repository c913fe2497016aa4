package dev.tact.intents.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TemperatureScalingTest {

    @Test
    void applyKeepsTheRankingAndSharpensBelowOne() {
        double[] p = {0.5, 0.3, 0.2, 0};
        double[] sharper = TemperatureScaling.apply(p, 0.5);
        assertThat(sharper[0]).isCloseTo(0.25 / 0.38, within(1e-12));
        assertThat(sharper[3]).isZero();
        assertThat(sharper[0] + sharper[1] + sharper[2]).isCloseTo(1, within(1e-12));
        assertThat(TemperatureScaling.apply(p, 3)[0]).isLessThan(0.5).isGreaterThan(TemperatureScaling.apply(p, 3)[1]);
        assertThat(TemperatureScaling.apply(p, 1)).containsExactly(p).isNotSameAs(p);
    }

    @Test
    void fitFindsTheTemperatureThatMadeTheProbabilities() {
        // rows whose gold class has probability 0.6 and is right 90% of the time: under-confident, T below 1
        List<double[]> rows = new ArrayList<>();
        int[] gold = new int[100];
        for (int i = 0; i < 100; i++) {
            rows.add(new double[] {0.6, 0.3, 0.1});
            gold[i] = i % 10 == 0 ? 1 : 0;
        }
        double temperature = TemperatureScaling.fit(rows, gold);
        assertThat(temperature).isLessThan(1);
        double calibratedTop = TemperatureScaling.apply(rows.get(0), temperature)[0];
        assertThat(calibratedTop).isCloseTo(0.9, within(0.01));
        assertThat(TemperatureScaling.logLoss(rows, gold, temperature))
                .isLessThan(TemperatureScaling.logLoss(rows, gold, 1));
    }
}
