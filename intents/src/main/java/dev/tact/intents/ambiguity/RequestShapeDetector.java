package dev.tact.intents.ambiguity;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Detector;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Message;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shape of the request ({@link RequestShapeClassifier}) as three signals, each a probability 0..1:
 * {@link Signals#HEDGED} (hedged, conditional, exception or discretion), {@link Signals#MULTIPLE_REQUESTS} (several
 * different requests) and {@link Signals#VAGUE} (too vague to act on). A shape the classifier does not judge
 * ({@link HedgeShapes}, the {@code OPENNLP_ONLY} stand-in) reads 0. {@link ShapeThresholds#recommended()} says from
 * which figure each should count.
 */
public final class RequestShapeDetector implements Detector {

    private final RequestShapeClassifier shapes;

    public RequestShapeDetector(RequestShapeClassifier shapes) {
        this.shapes = Objects.requireNonNull(shapes, "shapes must not be null");
    }

    @Override
    public Analysis detect(String text, List<Message> history, Analysis analysis) {
        ShapeReading reading = shapes.read(text);
        return analysis.withSignals(Map.of(
                Signals.HEDGED, reading.probability(RequestShape.HEDGED),
                Signals.MULTIPLE_REQUESTS, reading.probability(RequestShape.MULTIPLE),
                Signals.VAGUE, reading.probability(RequestShape.VAGUE)));
    }
}
