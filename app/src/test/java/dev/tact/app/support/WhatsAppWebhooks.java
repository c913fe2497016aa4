package dev.tact.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tact.channels.whatsapp.WebhookSignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Meta's side of the webhook for tests: builds deliveries in the Cloud API's envelope, signs them with the test
 * app secret and posts them.
 */
public final class WhatsAppWebhooks {

    public static final String PHONE_NUMBER_ID = "106540352242922";
    public static final String APP_SECRET = "test-app-secret";
    public static final String VERIFY_TOKEN = "test-verify-token";
    public static final String ACCESS_TOKEN = "test-access-token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI webhook;
    private final WebhookSignature signature = new WebhookSignature(APP_SECRET);

    public WhatsAppWebhooks(URI server) {
        this.webhook = server.resolve("/v1/channels/whatsapp/webhook");
    }

    /** The channel's configuration for a test server whose Graph API is {@code graphUrl}, plus {@code more}. */
    public static java.util.Map<String, String> configuration(URI graphUrl, java.util.Map<String, String> more) {
        var properties = new java.util.HashMap<>(java.util.Map.of(
                "tact.whatsapp.verify-token", VERIFY_TOKEN,
                "tact.whatsapp.app-secret", APP_SECRET,
                "tact.whatsapp.access-token", ACCESS_TOKEN,
                "tact.whatsapp.phone-number-id", PHONE_NUMBER_ID,
                "tact.whatsapp.graph-url", graphUrl.toString(),
                "tact.whatsapp.poll", "200ms"));
        properties.putAll(more);
        return properties;
    }

    /** A delivery of one message change with the given messages (objects with from, id, timestamp, type…). */
    public static String delivery(String waId, String profileName, ObjectNode... messages) {
        ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode change = root.putArray("entry").addObject().put("id", "102290129340398").putArray("changes")
                .addObject().put("field", "messages");
        ObjectNode value = change.putObject("value").put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", "15550783881").put("phone_number_id", PHONE_NUMBER_ID);
        ObjectNode contact = value.putArray("contacts").addObject().put("wa_id", waId);
        contact.putObject("profile").put("name", profileName);
        ArrayNode list = value.putArray("messages");
        for (ObjectNode message : messages) {
            list.add(message);
        }
        return root.toString();
    }

    public static ObjectNode text(String waId, String wamid, Instant at, String body) {
        ObjectNode message = base(waId, wamid, at, "text");
        message.putObject("text").put("body", body);
        return message;
    }

    public static ObjectNode image(String waId, String wamid, Instant at, String mediaId) {
        ObjectNode message = base(waId, wamid, at, "image");
        message.putObject("image").put("mime_type", "image/jpeg").put("sha256", "abc=").put("id", mediaId);
        return message;
    }

    public static ObjectNode buttonReply(String waId, String wamid, Instant at, String id, String title) {
        ObjectNode message = base(waId, wamid, at, "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", "button_reply");
        interactive.putObject("button_reply").put("id", id).put("title", title);
        return message;
    }

    public static ObjectNode listReply(String waId, String wamid, Instant at, String id, String title) {
        ObjectNode message = base(waId, wamid, at, "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", "list_reply");
        interactive.putObject("list_reply").put("id", id).put("title", title);
        return message;
    }

    /** A delivery of statuses: each as {wamid, status, epoch seconds, error code or null}. */
    public static String statuses(String waId, Object[]... statuses) {
        ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode value = root.putArray("entry").addObject().put("id", "102290129340398").putArray("changes")
                .addObject().put("field", "messages").putObject("value").put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", "15550783881").put("phone_number_id", PHONE_NUMBER_ID);
        ArrayNode list = value.putArray("statuses");
        for (Object[] status : statuses) {
            ObjectNode item = list.addObject().put("id", (String) status[0]).put("status", (String) status[1])
                    .put("timestamp", String.valueOf(status[2])).put("recipient_id", waId);
            if (status.length > 3 && status[3] != null) {
                item.putArray("errors").addObject().put("code", (Integer) status[3]).put("title", (String) status[4])
                        .put("message", (String) status[4]);
            }
        }
        return root.toString();
    }

    private static ObjectNode base(String waId, String wamid, Instant at, String type) {
        return JSON.createObjectNode().put("from", waId).put("id", wamid)
                .put("timestamp", String.valueOf(at.getEpochSecond())).put("type", type);
    }

    /** Posts the body signed with the test secret. */
    public HttpResponse<String> post(String body) {
        return post(body, signature.sign(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Posts the body with the given signature header (null for none). */
    public HttpResponse<String> post(String body, String signatureHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signatureHeader != null) {
            request.header("X-Hub-Signature-256", signatureHeader);
        }
        return send(request.build());
    }

    public HttpResponse<String> verify(String mode, String token, String challenge) {
        String query = "?hub.mode=" + mode + "&hub.verify_token=" + token + "&hub.challenge=" + challenge;
        return send(HttpRequest.newBuilder(URI.create(webhook + query)).GET().build());
    }

    public String sign(String body) {
        return signature.sign(body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
