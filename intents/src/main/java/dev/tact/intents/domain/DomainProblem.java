package dev.tact.intents.domain;

import java.util.Objects;

/**
 * One thing wrong in a domain's files.
 *
 * @param file    the file, relative to the domain directory
 * @param line    1-based line number, or 0 when the problem is not at one line
 * @param message what is wrong
 */
public record DomainProblem(String file, int line, String message) {

    public DomainProblem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
