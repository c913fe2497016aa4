package dev.tact.app.agent;

import dev.tact.app.http.ApiError;
import dev.tact.handoff.HandoffException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Handoff refusals as {@code {"error", "message"}} with their status: 404, 409, 403 or 400. */
@Singleton
public class HandoffExceptionHandler implements ExceptionHandler<HandoffException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, HandoffException exception) {
        HttpStatus status = switch (exception.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return HttpResponse.<ApiError>status(status).body(new ApiError(exception.code(), exception.getMessage()));
    }
}
