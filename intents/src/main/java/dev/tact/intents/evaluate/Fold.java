package dev.tact.intents.evaluate;

import dev.tact.intents.classify.LabeledText;

import java.util.List;

/**
 * One split of cross-validation.
 *
 * @param index from 1
 */
public record Fold(int index, List<LabeledText> train, List<LabeledText> test) {

    public Fold {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }
}
