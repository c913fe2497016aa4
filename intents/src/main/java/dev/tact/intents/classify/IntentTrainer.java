package dev.tact.intents.classify;

import java.util.List;

/** Trains an intent classifier on labelled texts (rows labelled {@code oos} are out-of-scope examples). */
@FunctionalInterface
public interface IntentTrainer {

    IntentClassifier train(List<LabeledText> samples, TrainingListener listener);
}
