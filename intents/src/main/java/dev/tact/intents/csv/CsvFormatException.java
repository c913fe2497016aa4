package dev.tact.intents.csv;

import dev.tact.intents.IntentsException;

/** A CSV file is not well-formed (e.g. a quote is never closed). */
public class CsvFormatException extends IntentsException {

    private final int line;

    public CsvFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
