package dev.tact.channels.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** The one Graph API call the channel makes: {@code POST {base}/{phone-number-id}/messages} with the bearer token. */
public final class GraphApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final String base;
    private final String accessToken;

    public GraphApi(URI graphUrl, String accessToken) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String url = graphUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.accessToken = accessToken;
    }

    public GraphResult post(String phoneNumberId, String payload) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + phoneNumberId + "/messages"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return GraphResult.network(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GraphResult.network("interrupted");
        }
        return read(response.statusCode(), response.body());
    }

    /** {@code {"messages": [{"id": "wamid…"}]}} on success; {@code {"error": {"code", "message"…}}} otherwise. */
    static GraphResult read(int status, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
        } catch (IOException e) {
            root = JSON.createObjectNode();
        }
        if (status >= 200 && status < 300) {
            String wamid = root.path("messages").path(0).path("id").asText();
            return GraphResult.sent(wamid.isEmpty() ? Optional.empty() : Optional.of(wamid));
        }
        JsonNode error = root.path("error");
        Optional<String> code = error.has("code") ? Optional.of(error.path("code").asText()) : Optional.empty();
        String title = error.path("error_data").path("details").asText(error.path("message").asText("HTTP " + status));
        return GraphResult.error(status, code, title.length() > 400 ? title.substring(0, 400) : title);
    }
}
