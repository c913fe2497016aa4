package dev.tact.core.decision;

import java.util.Objects;

/**
 * How the policy speaks of one negative emotion the analyzers name (their vocabulary, passed to the policy as
 * data): the words for the customer's feeling in a handoff reason, and the acknowledgement before an answer to a
 * mildly upset customer.
 *
 * @param emotion the emotion's key in {@code Analysis.emotions()}, e.g. {@code anger_frustration}
 * @param feeling how the customer sounds, e.g. "angry or frustrated"
 * @param preface what the bot says first, e.g. "I'm sorry this has been frustrating."
 */
public record Empathy(String emotion, String feeling, String preface) {

    /** The acknowledgement when no named emotion is the strongest. */
    public static final String DEFAULT_PREFACE = "I'm sorry about the trouble.";
    /** The feeling when no named emotion is the strongest. */
    public static final String DEFAULT_FEELING = "upset";

    public Empathy {
        Objects.requireNonNull(emotion, "emotion must not be null");
        Objects.requireNonNull(feeling, "feeling must not be null");
        Objects.requireNonNull(preface, "preface must not be null");
    }
}
