package dev.tact.intents.ambiguity;

/** Says which {@link RequestShape} a customer message has. Thread-safe. */
@FunctionalInterface
public interface RequestShapeClassifier {

    ShapeReading read(String text);
}
