package dev.tact.intents.evaluate;

import dev.tact.intents.IntentsException;

/** The evaluate-intents command was called wrongly or its input files are unusable (exit code 2). */
public class EvaluationUsageException extends IntentsException {

    public EvaluationUsageException(String message) {
        super(message);
    }
}
