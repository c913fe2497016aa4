package dev.tact.intents.evaluate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReliabilityTest {

    @Test
    void ofWeighsEachBinsGapByItsRows() {
        // three rows at 0.95 all right (gap 0.05), one at 0.45 wrong (gap 0.45)
        Reliability reliability = Reliability.of(new double[] {0.95, 0.95, 0.95, 0.45},
                new boolean[] {true, true, true, false}, 10);
        assertThat(reliability.bins()).hasSize(2);
        assertThat(reliability.bins().get(0).rows()).isEqualTo(1);
        assertThat(reliability.bins().get(1).accuracy()).isEqualTo(1);
        assertThat(reliability.ece()).isCloseTo(0.75 * 0.05 + 0.25 * 0.45, within(1e-12));
        assertThat(reliability.table()).contains("ECE 0.1500", "0.9-1.0");
    }

    @Test
    void ofPutsTheEdgesInTheLowerBin() {
        Reliability reliability = Reliability.of(new double[] {0.0, 0.1, 1.0}, new boolean[] {false, false, true}, 10);
        assertThat(reliability.bins()).extracting(Reliability.Bin::from).containsExactly(0.0, 0.9);
    }

    @Test
    void ofNeedsOneVerdictPerConfidence() {
        assertThatThrownBy(() -> Reliability.of(new double[] {0.5}, new boolean[0], 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
