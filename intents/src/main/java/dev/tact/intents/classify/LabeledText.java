package dev.tact.intents.classify;

import java.util.Objects;

/**
 * A text with its intent: a training example or an evaluation row. The label {@link #OUT_OF_SCOPE} marks a
 * text that belongs to no intent of the domain.
 */
public record LabeledText(String text, String label) {

    public static final String OUT_OF_SCOPE = "oos";

    public LabeledText {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(label, "label must not be null");
    }

    public boolean outOfScope() {
        return OUT_OF_SCOPE.equals(label);
    }
}
