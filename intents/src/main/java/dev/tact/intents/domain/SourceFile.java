package dev.tact.intents.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a domain as the loader read it.
 *
 * @param path  relative to the domain directory, with forward slashes (as problems name it)
 * @param bytes its content
 */
record SourceFile(String path, byte[] bytes) {

    SourceFile {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
    }

    /** The content as UTF-8 text. */
    Reader reader() {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }
}
