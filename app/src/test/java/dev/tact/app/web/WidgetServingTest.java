package dev.tact.app.web;

import dev.tact.app.support.ApiClient;
import dev.tact.channels.web.WidgetOrigins;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /widget.js}, the page modules and the customer API across origins, with one site allowed: that site's
 * pages may load the scripts and call the API (preflight included), every other site is refused, and the agent
 * API gets no CORS at all. The sites are on the loopback address like the server: Micronaut refuses requests
 * from other sites to a server on localhost outright (its drive-by-localhost protection), which would hide ours.
 */
@MicronautTest
@Property(name = "tact.widget.origins", value = "http://127.0.0.1:3000, http://LOCALHOST:4000/")
class WidgetServingTest {

    private static final String SHOP = "http://127.0.0.1:3000";
    private static final String EVIL = "http://127.0.0.1:6666";

    @Inject
    EmbeddedServer server;

    @Inject
    WidgetOrigins origins;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURI());
    }

    @Test
    void commaSeparatedSettingListsTheAllowedSites() {
        assertThat(origins.allowed()).containsExactly(SHOP, "http://localhost:4000");
    }

    @Test
    void scriptsAreServedAsJavaScriptCacheableAndReadableByTheAllowedSite() {
        for (String path : new String[] {"/widget.js", "/js/transport.js", "/js/widget-shell.js", "/js/page.js",
                "/agent.js"}) {
            var response = api.rawFromOrigin("GET", path, SHOP);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("text/javascript; charset=utf-8");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=300");
        }
        var module = api.rawFromOrigin("GET", "/js/chat.js", SHOP);
        assertThat(module.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
        assertThat(module.headers().allValues("Vary")).anyMatch(value -> value.contains("Origin"));
        assertThat(api.rawFromOrigin("GET", "/widget.css", "http://localhost:4000").headers()
                .firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:4000");
        assertThat(api.rawFromOrigin("GET", "/chat.css", SHOP).headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/css");
    }

    @Test
    void allowedSiteMayPreflightAndCallTheCustomerApi() {
        var preflight = api.rawFromOrigin("OPTIONS", "/v1/conversations/some-id/messages", SHOP,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization, content-type");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .contains("Authorization").contains("Content-Type");

        var created = api.fromOrigin("POST", "/v1/conversations", SHOP, null, "{}");
        assertThat(created.status()).isEqualTo(201);
        var session = new ApiClient.Session(created.body().get("id").asText(), created.body().get("token").asText());
        var reply = api.fromOrigin("POST", "/v1/conversations/" + session.id() + "/messages", SHOP,
                session.token(), ApiClient.json(Map.of("text", "how do I change my PIN?", "clientMessageId", "k-1")));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("message").get("clientMessageId").asText()).isEqualTo("k-1");
        var stream = api.stream("/v1/conversations/" + session.id() + "/stream", session.token(), SHOP);
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !stream.frames().isEmpty());
            assertThat(stream.frames().get(0).get("type").asText()).isEqualTo("state");
        } finally {
            stream.close();
        }
    }

    @Test
    void otherSitesAreRefusedOnTheApiTheFilesAndTheStream() {
        var created = api.fromOrigin("POST", "/v1/conversations", EVIL, null, "{}");
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.body().get("error").asText()).isEqualTo("origin_not_allowed");
        assertThat(created.body().get("message").asText()).contains("TACT_WIDGET_ORIGINS");
        var preflight = api.rawFromOrigin("OPTIONS", "/v1/conversations", EVIL,
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(api.rawFromOrigin("GET", "/widget.js", EVIL).statusCode()).isEqualTo(403);

        var session = api.create("Ada");
        var stream = api.stream("/v1/conversations/" + session.id() + "/stream", session.token(), EVIL);
        assertThat(stream.closed()).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(4403);
    }

    @Test
    void agentApiGetsNoCorsEvenForTheAllowedSite() {
        var preflight = api.rawFromOrigin("OPTIONS", "/v1/agent/conversations", SHOP,
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        var login = api.rawFromOrigin("GET", "/v1/agent/conversations", SHOP);
        assertThat(login.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
