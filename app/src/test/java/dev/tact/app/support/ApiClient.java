package dev.tact.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A customer of the web chat API over real HTTP and WebSocket connections (the JDK's client). */
public final class ApiClient {

    /** An HTTP answer: status and parsed JSON body. */
    public record Reply(int status, JsonNode body) {
    }

    /** A conversation as the customer knows it. */
    public record Session(String id, String token) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public ApiClient(URI base) {
        this.base = base;
    }

    public Session create(String name) {
        Reply reply = post("/v1/conversations", null, json(Map.of("customer", Map.of("name", name))));
        if (reply.status() != 201) {
            throw new IllegalStateException("create failed: " + reply);
        }
        return new Session(reply.body().get("id").asText(), reply.body().get("token").asText());
    }

    public Reply say(Session session, String text) {
        return post("/v1/conversations/" + session.id() + "/messages", session.token(), json(Map.of("text", text)));
    }

    public Reply post(String path, String token, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    public Reply put(String path, String token, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    /** Logs in and returns the access token (a JWT). */
    public String login(String username, String password) {
        Reply reply = post("/v1/auth/login", null, json(Map.of("username", username, "password", password)));
        if (reply.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + reply);
        }
        return reply.body().get("access_token").asText();
    }

    /** A request as a browser on page {@code origin} sends it ({@code Origin} header), with optional JSON body. */
    public Reply fromOrigin(String method, String path, String origin, String token, String body,
                            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Origin", origin)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, token);
    }

    /** A body-less request as a browser on {@code origin} sends it, answered with status, headers and text. */
    public HttpResponse<String> rawFromOrigin(String method, String path, String origin, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Origin", origin)
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), token);
    }

    public Reply history(Session session) {
        return get("/v1/conversations/" + session.id() + "/messages", session.token());
    }

    private Reply send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the conversation's stream; frames and the close code are collected as they come. */
    public Stream stream(Session session, String token) {
        return stream("/v1/conversations/" + session.id() + "/stream", token);
    }

    /** Opens the conversation's stream and waits for its first frame: from then on it sees every message. */
    public Stream listen(Session session) {
        Stream stream = stream(session, session.token());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !stream.frames().isEmpty());
        return stream;
    }

    /** Opens a WebSocket at the path with {@code ?token=}; frames and the close code are collected. */
    public Stream stream(String path, String token) {
        return stream(path, token, null);
    }

    /** Opens a WebSocket as a page on {@code origin} would (its {@code Origin} header), or without one when null. */
    public Stream stream(String path, String token, String origin) {
        Stream stream = new Stream();
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + path
                + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        stream.socket = builder.buildAsync(uri, stream).join();
        return stream;
    }

    /** A WebSocket listener that keeps every frame. */
    public static final class Stream implements WebSocket.Listener {
        private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
        private final List<Long> arrivals = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private WebSocket socket;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode frame = JSON.readTree(partial.toString());
                    arrivals.add(System.nanoTime());
                    frames.add(frame);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }

        public List<JsonNode> frames() {
            return List.copyOf(frames);
        }

        /** {@link System#nanoTime()} at which each frame arrived, in the order of {@link #frames()}. */
        public List<Long> arrivals() {
            return List.copyOf(arrivals);
        }

        public CompletableFuture<Integer> closed() {
            return closed;
        }

        public void close() {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
            }
        }
    }
}
