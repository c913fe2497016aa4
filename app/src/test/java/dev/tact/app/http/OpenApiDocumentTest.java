package dev.tact.app.http;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the build writes, as the server serves it: every {@code /v1} route the application's router
 * has (found there, not listed here) is in it, and every operation of Tact's own controllers says which 4xx it
 * answers with the {@code {"error", "message"}} body.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final String ERROR_BODY = "#/components/schemas/ApiError";

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    private HttpResponse<String> served;
    private Map<String, Object> document;

    @BeforeAll
    void fetch() throws Exception {
        served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve("/openapi.yml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        document = new Yaml().load(served.body());
    }

    /**
     * The HTTP routes under /v1: not the HEAD twin Micronaut adds to every GET, nor WebSocket upgrades, which are no
     * HTTP operations (the README describes the streams).
     */
    private List<UriRouteInfo<?, ?>> v1Routes() {
        return router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/v1/"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .filter(route -> !route.getDeclaringType().isAnnotationPresent(ServerWebSocket.class))
                .toList();
    }

    private static String path(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toPathString().replaceAll("\\{\\?[^}]*}", "");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> operation(String path, HttpMethod method) {
        var paths = (Map<String, Map<String, Object>>) document.get("paths");
        var item = paths.getOrDefault(path, Map.of());
        return (Map<String, Object>) item.get(method.name().toLowerCase(Locale.ROOT));
    }

    @Test
    void documentIsServedWithoutATokenAsYaml() {
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/yaml"));
        assertThat(document.get("openapi").toString()).startsWith("3.");
        assertThat(((Map<?, ?>) document.get("info")).get("version")).isEqualTo("1");
    }

    @Test
    void documentHasEveryV1RouteOfTheRouter() {
        List<UriRouteInfo<?, ?>> routes = v1Routes();
        assertThat(routes).extracting(OpenApiDocumentTest::path)
                .contains("/v1/conversations", "/v1/queue", "/v1/channels/whatsapp/webhook", "/v1/auth/login",
                        "/v1/admin/users");
        Set<String> missing = new TreeSet<>();
        for (var route : routes) {
            if (operation(path(route), route.getHttpMethod()) == null) {
                missing.add(route.getHttpMethod() + " " + path(route));
            }
        }
        assertThat(missing).as("routes missing from /openapi.yml").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentDescribesTheErrorBodyAndEveryOperationsClientErrors() {
        var schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        var error = (Map<String, Object>) schemas.get("ApiError");
        assertThat(error).as("ApiError schema").isNotNull();
        assertThat((List<String>) error.get("required")).containsExactlyInAnyOrder("error", "message");
        assertThat(((Map<String, Object>) error.get("properties")).keySet()).containsExactlyInAnyOrder("error",
                "message");

        Set<String> undescribed = new TreeSet<>();
        for (var route : v1Routes()) {
            if (!route.getDeclaringType().getName().startsWith("dev.tact.")) {
                continue; // Micronaut Security's login: its failures are not Tact's to describe
            }
            var operation = operation(path(route), route.getHttpMethod());
            var responses = operation == null ? Map.<String, Map<String, Object>>of()
                    : (Map<String, Map<String, Object>>) operation.get("responses");
            boolean described = responses.entrySet().stream().anyMatch(response ->
                    response.getKey().startsWith("4") && response.getValue().toString().contains(ERROR_BODY));
            if (!described) {
                undescribed.add(route.getHttpMethod() + " " + path(route));
            }
        }
        assertThat(undescribed).as("operations without a 4xx ApiError response").isEmpty();
    }
}
