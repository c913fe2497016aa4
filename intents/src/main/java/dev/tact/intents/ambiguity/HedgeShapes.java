package dev.tact.intents.ambiguity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Hedges} marker phrases as request shapes, a small safety net rather than the method. Alone (the
 * {@code OPENNLP_ONLY} stand-in, which has no sentence encoder): {@link RequestShape#HEDGED} is 1 when a marker is
 * found, else 0 ({@link RequestShape#PLAIN} the rest); several requests are left to the clause count
 * ({@code intents_in_message}) and vagueness is not judged (absent, read as 0). Over a learned classifier: its
 * reading, with {@link RequestShape#HEDGED} raised to 1 when a marker is found ("unless", "only if", "it's
 * complicated"), so that a policy counting only certain hedges still sees them.
 */
public final class HedgeShapes implements RequestShapeClassifier {

    private final RequestShapeClassifier learned;

    /** The marker phrases alone. */
    public HedgeShapes() {
        this.learned = null;
    }

    /** The marker phrases over {@code learned}. */
    public HedgeShapes(RequestShapeClassifier learned) {
        this.learned = Objects.requireNonNull(learned, "learned must not be null");
    }

    @Override
    public ShapeReading read(String text) {
        boolean marked = Hedges.find(text).isPresent();
        if (learned == null) {
            double hedged = marked ? 1 : 0;
            return new ShapeReading(Map.of(RequestShape.PLAIN, 1 - hedged, RequestShape.HEDGED, hedged));
        }
        ShapeReading reading = learned.read(text);
        if (!marked) {
            return reading;
        }
        Map<RequestShape, Double> raised = new EnumMap<>(reading.probabilities());
        raised.put(RequestShape.HEDGED, 1.0);
        return new ShapeReading(raised);
    }
}
