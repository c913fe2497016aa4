package dev.tact.core;

/** The root of the unchecked exceptions that bot-core throws. */
public class TactException extends RuntimeException {

    public TactException(String message) {
        super(message);
    }

    public TactException(String message, Throwable cause) {
        super(message, cause);
    }
}
