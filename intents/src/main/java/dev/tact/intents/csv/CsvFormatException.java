package dev.tact.intents.csv;

import dev.tact.intents.IntentsException;

/** A CSV file is not well-formed (e.g. a quote is never closed). */
public class CsvFormatException extends IntentsException {

    private final int line;
    private final String reason;

    public CsvFormatException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    /** What is wrong, without the line. */
    public String reason() {
        return reason;
    }
}
