package dev.tact.intents.ambiguity;

import java.util.Locale;

/**
 * What kind of request a customer message is, as far as answering it goes: one the bot can act on, one whose answer
 * takes judgement, several at once, or too little to act on. The labels of the bundled data
 * ({@code shape/train.tsv}) are the lower-case names.
 */
public enum RequestShape {

    /** One clear request or statement, or a greeting, thanks or goodbye. */
    PLAIN,
    /** Hedged, conditional, exception or discretion: "could you make an exception", "would it still work if…". */
    HEDGED,
    /** Two or more different requests: "how do I change my pin and also why was I charged a fee". */
    MULTIPLE,
    /** Too vague to act on: "I have a problem", "it's about my account", "help". */
    VAGUE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown label */
    public static RequestShape of(String label) {
        for (RequestShape shape : values()) {
            if (shape.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return shape;
            }
        }
        throw new IllegalArgumentException("unknown request shape: " + label);
    }
}
