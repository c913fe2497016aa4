package dev.tact.intents.ambiguity;

import java.util.Map;

/**
 * The request shape without a sentence encoder ({@code OPENNLP_ONLY} mode): {@link RequestShape#HEDGED} is 1 when
 * {@link Hedges} finds a marker, else 0 (and {@link RequestShape#PLAIN} the rest); several requests are left to the clause count
 * ({@code intents_in_message}), and vagueness is not judged (absent, read as 0).
 */
public final class HedgeShapes implements RequestShapeClassifier {

    @Override
    public ShapeReading read(String text) {
        double hedged = Hedges.find(text).isPresent() ? 1 : 0;
        return new ShapeReading(Map.of(RequestShape.PLAIN, 1 - hedged, RequestShape.HEDGED, hedged));
    }
}
