package dev.tact.channels.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The sites whose pages may embed the web chat widget ({@code TACT_WIDGET_ORIGINS}): the only origins besides
 * Tact's own that may call the customer API and open its stream. Empty: nothing cross-origin is allowed.
 *
 * @param allowed origins as browsers send them ({@code https://shop.example}, {@code http://localhost:3000}),
 *                lower case, without a trailing slash
 */
public record WidgetOrigins(List<String> allowed) {

    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?");

    public WidgetOrigins {
        Objects.requireNonNull(allowed, "allowed must not be null");
        allowed = allowed.stream().map(String::strip).filter(origin -> !origin.isEmpty())
                .map(origin -> origin.replaceAll("/+$", "").toLowerCase(Locale.ROOT)).distinct().toList();
        for (String origin : allowed) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("'" + origin + "' in TACT_WIDGET_ORIGINS is not an origin like"
                        + " https://shop.example or http://localhost:3000 (scheme, host and port only)");
            }
        }
    }

    /** No site may embed the widget. */
    public static WidgetOrigins none() {
        return new WidgetOrigins(List.of());
    }

    /** True when {@code origin} is one of the allowed sites (not Tact's own: see {@link #sameOrigin}). */
    public boolean allows(String origin) {
        return origin != null && allowed.contains(origin.toLowerCase(Locale.ROOT));
    }

    /**
     * True when a request sent with the {@code Origin} header {@code origin} comes from a page of the server it
     * was sent to, whose {@code Host} header is {@code host}: the chat page at {@code /}. The scheme is not
     * compared, so that a TLS-terminating proxy in front changes nothing.
     */
    public static boolean sameOrigin(String origin, String host) {
        if (origin == null || host == null) {
            return false;
        }
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when a browser request with these headers may reach the customer API: no origin, Tact's, or allowed. */
    public boolean admits(String origin, String host) {
        return origin == null || sameOrigin(origin, host) || allows(origin);
    }
}
