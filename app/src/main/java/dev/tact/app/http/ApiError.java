package dev.tact.app.http;

import java.util.Objects;

/**
 * The body of every error response: a stable machine-readable code and a sentence for people.
 *
 * @param error   e.g. {@code message_too_long}
 * @param message what is wrong and, where it helps, how to fix it; never echoes customer text
 */
public record ApiError(String error, String message) {

    public ApiError {
        Objects.requireNonNull(error, "error must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
