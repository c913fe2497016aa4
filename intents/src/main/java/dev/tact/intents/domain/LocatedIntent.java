package dev.tact.intents.domain;

import java.util.Objects;

/**
 * An intent read from a file, with where its name stands.
 *
 * @param file   the intents file, relative to the domain directory
 * @param line   1-based line of its {@code name}
 * @param intent the intent with its YAML examples only, repeated ones not yet dropped
 */
record LocatedIntent(String file, int line, IntentDefinition intent) {

    LocatedIntent {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(intent, "intent must not be null");
    }

    String place() {
        return file + ":" + line;
    }
}
