package dev.tact.intents.emotion;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One labelled text of an emotion data set.
 *
 * @param text     the text
 * @param labels   its GoEmotions labels (one or more, e.g. {@code annoyance}, {@code neutral})
 * @param negative whether any label is negative in GoEmotions' sentiment grouping: the gold "emotional" verdict
 */
public record EmotionSample(String text, List<String> labels, boolean negative) {

    public EmotionSample {
        Objects.requireNonNull(text, "text must not be null");
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a sample needs at least one label: " + text);
        }
    }

    /** The distinct classes of the labels, in {@link EmotionClass} order. */
    public Set<EmotionClass> classes() {
        Set<EmotionClass> classes = EnumSet.noneOf(EmotionClass.class);
        labels.forEach(label -> EmotionClass.ofLabel(label).ifPresent(classes::add));
        return classes;
    }
}
