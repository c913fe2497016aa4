package dev.tact.app.http;

import dev.tact.channels.web.WidgetOrigins;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;

/**
 * CORS for the web chat widget, on the customer API and the widget's files only: a page on a site in
 * {@code TACT_WIDGET_ORIGINS} may call them, any other cross-origin request is refused with a 403 (its preflight
 * too). Micronaut's own CORS support is left off: its configurations apply to every route, and the agent, analyst
 * and admin APIs stay same-origin. The stream's handshake passes: {@code WebChatStream} checks the same origins
 * itself (WebSockets know no CORS) and closes with a code the page can read.
 */
@ServerFilter({"/v1/conversations", "/v1/conversations/**", "/widget.js", "/js/**", "/chat.css", "/widget.css"})
public class WidgetCorsFilter {

    static final String ALLOWED_METHODS = "GET, POST";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept";
    /** How long a browser may reuse a preflight's answer, in seconds. */
    static final String MAX_AGE = "600";

    private final WidgetOrigins origins;

    public WidgetCorsFilter(WidgetOrigins origins) {
        this.origins = origins;
    }

    @RequestFilter
    @PreMatching
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (isWebSocketHandshake(request)) {
            return null; // WebChatStream checks the origin and closes with 4403, which a page's script can read
        }
        String origin = request.getHeaders().getOrigin().orElse(null);
        if (origins.admits(origin, request.getHeaders().get(HttpHeaders.HOST))) {
            if (origin != null && origins.allows(origin) && isPreflight(request)) {
                return allow(HttpResponse.ok(), origin).header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                                ALLOWED_METHODS).header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                        .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
            }
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(new ApiError("origin_not_allowed",
                "Pages on " + origin + " may not use this chat; add the site to TACT_WIDGET_ORIGINS."));
    }

    @ResponseFilter
    public void decorate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().getOrigin().orElse(null);
        // the same file is served to the page at / and to other sites: caches must keep them apart
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (origin != null && origins.allows(origin) && !isPreflight(request)) {
            allow(response, origin);
        }
    }

    private static boolean isWebSocketHandshake(HttpRequest<?> request) {
        return "websocket".equalsIgnoreCase(request.getHeaders().get(HttpHeaders.UPGRADE));
    }

    private static boolean isPreflight(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.OPTIONS
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    }

    private static MutableHttpResponse<?> allow(MutableHttpResponse<?> response, String origin) {
        return response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
}
