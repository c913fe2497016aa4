package dev.tact.intents.sentiment;

import dev.tact.intents.IntentsException;

/** A bundled sentiment lexicon is missing from the classpath or cannot be read. */
public class SentimentLexiconException extends IntentsException {

    public SentimentLexiconException(String message) {
        super(message);
    }

    public SentimentLexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
