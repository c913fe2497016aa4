package dev.tact.intents;

import dev.tact.core.TactException;

/** The root of the unchecked exceptions of the intents module. */
public class IntentsException extends TactException {

    public IntentsException(String message) {
        super(message);
    }

    public IntentsException(String message, Throwable cause) {
        super(message, cause);
    }
}
