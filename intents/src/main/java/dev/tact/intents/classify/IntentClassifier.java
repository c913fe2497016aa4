package dev.tact.intents.classify;

/** Tells which intent a text expresses. Implementations are thread-safe. */
@FunctionalInterface
public interface IntentClassifier {

    IntentPrediction classify(String text);
}
