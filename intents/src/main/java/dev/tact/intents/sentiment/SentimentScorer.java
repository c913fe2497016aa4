package dev.tact.intents.sentiment;

/** Says how positive or negative a customer's message sounds. Implementations are thread-safe. */
@FunctionalInterface
public interface SentimentScorer {

    /**
     * Scores one message.
     *
     * @param text the message, any length; empty or blank text scores {@link SentimentScore#NEUTRAL}
     * @return the score, never null
     */
    SentimentScore score(String text);
}
