package dev.tact.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Meta's Graph API: a real HTTP server on 127.0.0.1 that records every request to
 * {@code /v25.0/{phone-number-id}/messages} and answers as scripted (429, 500, an error code…) or, by default, as
 * the Graph API does on success.
 */
public final class FakeGraphApi implements AutoCloseable {

    /** One request as received. */
    public record Request(String path, String authorization, JsonNode body) {
        public String to() {
            return body.path("to").asText();
        }

        public String type() {
            return body.has("status") ? "read" : body.path("type").asText();
        }

        /** The text the customer sees: a text body or an interactive body. */
        public String text() {
            return type().equals("interactive") ? body.path("interactive").path("body").path("text").asText()
                    : body.path("text").path("body").asText();
        }
    }

    private record Answer(int status, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private final java.util.Map<String, Queue<Answer>> scriptFor = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();

    public FakeGraphApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL to configure as {@code TACT_WHATSAPP_GRAPH_URL}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v25.0");
    }

    /** The next request is answered with this status and body (then the default success again). */
    public FakeGraphApi thenAnswer(int status, String body) {
        script.add(new Answer(status, body));
        return this;
    }

    /** The next request to this recipient is answered with this status and body. */
    public FakeGraphApi thenAnswerFor(String to, int status, String body) {
        scriptFor.computeIfAbsent(to, key -> new ConcurrentLinkedQueue<>()).add(new Answer(status, body));
        return this;
    }

    /** The next request gets a Graph error with this code, as the Graph API words it. */
    public FakeGraphApi thenError(int status, int code, String title) {
        return thenAnswer(status, "{\"error\": {\"message\": \"(#" + code + ") " + title + "\", \"type\":"
                + " \"OAuthException\", \"code\": " + code + ", \"error_data\": {\"messaging_product\": \"whatsapp\","
                + " \"details\": \"" + title + "\"}, \"fbtrace_id\": \"Az8or2yhqkZfEZ-_4Qn_Bam\"}}");
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests that put a message in the customer's chat (not read receipts), in the order received. */
    public List<Request> messagesTo(String waId) {
        return requests.stream().filter(request -> !request.type().equals("read") && request.to().equals(waId))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = JSON.readTree(raw.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : raw);
        requests.add(new Request(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        Queue<Answer> forRecipient = scriptFor.get(body.path("to").asText());
        Answer answer = forRecipient == null ? null : forRecipient.poll();
        if (answer == null) {
            answer = script.poll();
        }
        if (answer == null) {
            answer = body.has("status") ? new Answer(200, "{\"success\": true}")
                    : new Answer(200, "{\"messaging_product\": \"whatsapp\", \"contacts\": [{\"input\": \""
                    + body.path("to").asText() + "\", \"wa_id\": \"" + body.path("to").asText()
                    + "\"}], \"messages\": [{\"id\": \"wamid.out-" + sent.incrementAndGet() + "\"}]}");
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
