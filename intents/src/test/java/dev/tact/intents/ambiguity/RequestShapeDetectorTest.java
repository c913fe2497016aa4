package dev.tact.intents.ambiguity;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestShapeDetectorTest {

    private static final ShapeReading READING = ShapeReading.of(new double[] {0.1, 0.2, 0.3, 0.4});

    @Test
    void detectAddsTheThreeShapeProbabilities() {
        Analysis analysis = new RequestShapeDetector(text -> READING).detect("help", List.of(), empty());
        assertThat(analysis.signals()).containsEntry(Signals.HEDGED, 0.2)
                .containsEntry(Signals.MULTIPLE_REQUESTS, 0.3).containsEntry(Signals.VAGUE, 0.4);
    }

    @Test
    void hedgeShapesAloneJudgeOnlyHedgesByTheirMarkers() {
        var detector = new RequestShapeDetector(new HedgeShapes());
        Analysis hedged = detector.detect("cancel it unless it already went through", List.of(), empty());
        assertThat(hedged.signals()).containsEntry(Signals.HEDGED, 1.0).containsEntry(Signals.VAGUE, 0.0)
                .containsEntry(Signals.MULTIPLE_REQUESTS, 0.0);
        assertThat(Signals.value(detector.detect("how do I top up", List.of(), empty()), Signals.HEDGED)).isZero();
    }

    @Test
    void hedgeShapesOverAModelRaiseHedgedOnlyWhenAMarkerIsFound() {
        var net = new HedgeShapes(text -> READING);
        assertThat(net.read("how do I top up")).isEqualTo(READING);
        ShapeReading raised = net.read("only if it's free");
        assertThat(raised.probability(RequestShape.HEDGED)).isEqualTo(1.0);
        assertThat(raised.probability(RequestShape.VAGUE)).isEqualTo(0.4);
    }

    private static Analysis empty() {
        return new Analysis(List.of(new IntentScore("top_up", 0.9)), 0, 0, Map.of(), Map.of(), "test");
    }
}
