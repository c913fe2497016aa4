package dev.tact.intents.sentiment;

import java.util.List;
import java.util.Objects;

/**
 * The sentiment of one message.
 *
 * @param compound the overall sentiment, −1 (most negative) .. +1 (most positive), 0 neutral
 * @param positive the share of the message's weight that is positive, 0..1
 * @param negative the share that is negative, 0..1
 * @param neutral  the share that is neutral (words without sentiment), 0..1; the three shares add up to 1
 * @param tokens   the tokens that carried sentiment, in text order, with the valence each contributed
 */
public record SentimentScore(double compound, double positive, double negative, double neutral,
                             List<ScoredToken> tokens) {

    /** The score of a text with no words in it. */
    public static final SentimentScore NEUTRAL = new SentimentScore(0, 0, 0, 1, List.of());

    public SentimentScore {
        Objects.requireNonNull(tokens, "tokens must not be null");
        if (!(compound >= -1 && compound <= 1)) {
            throw new IllegalArgumentException("compound must be in -1..1, was " + compound);
        }
        tokens = List.copyOf(tokens);
    }
}
