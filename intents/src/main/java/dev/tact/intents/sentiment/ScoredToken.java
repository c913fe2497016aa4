package dev.tact.intents.sentiment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A word, phrase, emoticon or emoji that moved a message's sentiment, for explaining a score.
 *
 * @param text           the token as the customer wrote it (a phrase's words joined by one space; for
 *                       {@link ValenceRule#PUNCTUATION}, the counted marks)
 * @param lexiconValence its valence in the lexicon (VADER's scale, −4..+4), 0 for punctuation
 * @param valence        its valence after the rules, as added to the message's sum
 * @param rules          the rules that changed it, in the order of {@link ValenceRule}; empty if none
 */
public record ScoredToken(String text, double lexiconValence, double valence, Set<ValenceRule> rules) {

    public ScoredToken {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(rules, "rules must not be null");
        rules = rules.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(rules));
    }
}
