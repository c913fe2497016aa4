package dev.tact.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import dev.tact.app.http.ApiError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * Gives the framework's own errors (malformed JSON, unknown route, body too large, wrong method…) the same
 * {@code {"error", "message"}} body as Tact's. Messages never echo the request body, which may hold customer text.
 */
@Singleton
public class ApiErrorBodyProvider implements JsonErrorResponseBodyProvider<ApiError> {

    @Override
    public ApiError body(ErrorContext context, HttpResponse<?> response) {
        Optional<JsonProcessingException> json = context.getRootCause()
                .flatMap(ApiErrorBodyProvider::jsonCause);
        if (json.isPresent()) {
            JsonLocation where = json.get().getLocation();
            String position = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            return new ApiError("malformed_json", "The request body is not valid JSON of the expected shape"
                    + position + ".");
        }
        HttpStatus status = response.getStatus();
        return switch (status) {
            case NOT_FOUND -> new ApiError("not_found", "There is nothing at this address.");
            case METHOD_NOT_ALLOWED -> new ApiError("method_not_allowed", "This address does not take that method.");
            case REQUEST_ENTITY_TOO_LARGE -> new ApiError("payload_too_large", "The request body is too large.");
            case UNSUPPORTED_MEDIA_TYPE -> new ApiError("unsupported_media_type",
                    "Send the request body as application/json.");
            case BAD_REQUEST -> new ApiError("bad_request", firstMessage(context).orElse("The request is not valid."));
            default -> status.getCode() >= 500
                    ? new ApiError("internal_error", "Something went wrong on our side; nothing was half-written.")
                    : new ApiError(status.name().toLowerCase(Locale.ROOT), status.getReason());
        };
    }

    private static Optional<JsonProcessingException> jsonCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return Optional.of(json);
            }
        }
        return Optional.empty();
    }

    /** The framework's own message for a 400 (e.g. a missing header), never body content. */
    private static Optional<String> firstMessage(ErrorContext context) {
        return context.getErrors().stream().findFirst().map(error -> error.getMessage())
                .filter(message -> message.length() < 300);
    }
}
