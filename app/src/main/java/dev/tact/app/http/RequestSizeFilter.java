package dev.tact.app.http;

import dev.tact.app.http.ApiError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Request bodies are limited to 64 KiB, except on the WhatsApp webhook: Meta's deliveries may be up to 3 MB, which
 * is the server-wide limit ({@code micronaut.server.max-request-size}). The limit is read from the declared
 * {@code Content-Length}; a body sent without one is held to the server-wide limit.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class RequestSizeFilter {

    /** The largest body of the customer API and every other route but the webhook. */
    public static final long MAX_BODY = 65_536;
    private static final String WEBHOOK = "/v1/channels/whatsapp/webhook";

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> limit(HttpRequest<?> request) {
        if (request.getContentLength() <= MAX_BODY || request.getPath().equals(WEBHOOK)) {
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(new ApiError("payload_too_large", "The request body is too large."));
    }
}
