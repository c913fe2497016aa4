package dev.tact.intents.ambiguity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestShapeTest {

    @Test
    void ofReadsEveryLabelWhateverItsCase() {
        for (RequestShape shape : RequestShape.values()) {
            assertThat(RequestShape.of(shape.label())).isEqualTo(shape);
            assertThat(RequestShape.of(" " + shape.name() + " ")).isEqualTo(shape);
        }
    }

    @Test
    void ofRejectsAnUnknownLabel() {
        assertThatThrownBy(() -> RequestShape.of("conditional")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conditional");
    }
}
