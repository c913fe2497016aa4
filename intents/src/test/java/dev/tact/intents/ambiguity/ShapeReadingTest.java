package dev.tact.intents.ambiguity;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShapeReadingTest {

    @Test
    void ofTakesTheProbabilitiesInShapeOrder() {
        ShapeReading reading = ShapeReading.of(new double[] {0.1, 0.2, 0.6, 0.1});
        assertThat(reading.probability(RequestShape.MULTIPLE)).isEqualTo(0.6);
        assertThat(reading.top()).isEqualTo(RequestShape.MULTIPLE);
    }

    @Test
    void probabilityOfAShapeNotJudgedIsZero() {
        ShapeReading reading = new ShapeReading(Map.of(RequestShape.HEDGED, 1.0));
        assertThat(reading.probability(RequestShape.VAGUE)).isZero();
        assertThat(new ShapeReading(Map.of()).top()).isEqualTo(RequestShape.PLAIN);
    }

    @Test
    void constructorRejectsAProbabilityOutsideZeroToOne() {
        assertThatThrownBy(() -> new ShapeReading(Map.of(RequestShape.VAGUE, 1.5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShapeReading.of(new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
