package dev.tact.app.agent;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /agent}: the agent console page (its script logs in and talks to the agent API). Served with a strict
 * Content-Security-Policy: the page's own script and style only, so even a slip in rendering customer text
 * could not run code.
 */
@Controller("/agent")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class ConsolePage {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final String html;

    public ConsolePage() {
        try (InputStream page = ConsolePage.class.getResourceAsStream("/public/agent.html")) {
            if (page == null) {
                throw new IllegalStateException("public/agent.html is missing from the jar");
            }
            html = new String(page.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<String> page() {
        return HttpResponse.ok(html).header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
    }
}
