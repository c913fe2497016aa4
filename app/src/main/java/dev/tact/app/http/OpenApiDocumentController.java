package dev.tact.app.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.yml}: the OpenAPI document of API v1 written at build time (see {@link ApiDocument}), open to all. */
@Controller("/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class OpenApiDocumentController {

    static final String RESOURCE = "/META-INF/swagger/openapi.yml";
    static final String MEDIA_TYPE = "application/yaml";

    private final byte[] document;

    public OpenApiDocumentController() {
        try (InputStream in = OpenApiDocumentController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar: the OpenAPI processor did not run");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(produces = MEDIA_TYPE)
    public HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).header("X-Content-Type-Options", "nosniff");
    }
}
