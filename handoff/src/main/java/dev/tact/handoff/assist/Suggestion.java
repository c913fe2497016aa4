package dev.tact.handoff.assist;

import java.util.Objects;

/**
 * A reply the agent may insert and edit; never sent without them.
 *
 * @param text   the reply
 * @param source {@code similar_case} or {@code standard_answer}
 * @param basis  the similar conversation's id, or the intent of the standard answer
 * @param score  how well it matched (BM25 score; 0 for a standard answer)
 */
public record Suggestion(String text, String source, String basis, double score) {

    public Suggestion {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
    }
}
