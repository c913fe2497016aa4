package dev.tact.app.http;

import dev.tact.channels.error.AccessDeniedException;
import dev.tact.channels.error.ChannelDisabledException;
import dev.tact.channels.error.ChannelException;
import dev.tact.channels.error.ForbiddenException;
import dev.tact.channels.error.MessageTooLongException;
import dev.tact.channels.error.ServiceWindowClosedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns channel exceptions into their HTTP status with an {@link ApiError} body. */
@Singleton
public class ChannelExceptionHandler implements ExceptionHandler<ChannelException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ChannelException exception) {
        HttpStatus status;
        if (exception instanceof AccessDeniedException) {
            status = HttpStatus.UNAUTHORIZED;
        } else if (exception instanceof ForbiddenException) {
            status = HttpStatus.FORBIDDEN;
        } else if (exception instanceof MessageTooLongException) {
            status = HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        } else if (exception instanceof ChannelDisabledException) {
            status = HttpStatus.NOT_FOUND;
        } else if (exception instanceof ServiceWindowClosedException) {
            status = HttpStatus.CONFLICT;
        } else {
            status = HttpStatus.BAD_REQUEST;
        }
        var response = HttpResponse.<ApiError>status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(exception.code(), exception.getMessage()));
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response;
    }
}
