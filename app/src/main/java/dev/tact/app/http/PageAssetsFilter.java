package dev.tact.app.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The pages' scripts and styles ({@code classpath:public}): scripts as {@code text/javascript} (the type the HTML
 * standard names; Micronaut's table says {@code application/javascript}), and both cacheable for a few minutes, so
 * a page load does not fetch every module again while a new release still reaches browsers soon.
 */
@ServerFilter({"/**/*.js", "/**/*.css"})
public class PageAssetsFilter {

    static final String SCRIPT_TYPE = "text/javascript; charset=utf-8";
    static final String CACHE = "public, max-age=300";

    @ResponseFilter
    public void decorate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.status() != HttpStatus.OK) {
            return;
        }
        if (request.getPath().endsWith(".js")) {
            response.getHeaders().set(HttpHeaders.CONTENT_TYPE, SCRIPT_TYPE);
        }
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, CACHE);
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
    }
}
