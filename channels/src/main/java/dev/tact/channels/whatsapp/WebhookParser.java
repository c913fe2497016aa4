package dev.tact.channels.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tact.channels.error.InvalidInputException;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Reads the WhatsApp Cloud API webhook envelope ({@code object}, {@code entry[].changes[].value} with
 * {@code metadata}, {@code contacts}, {@code messages}, {@code statuses}, {@code errors}) into what Tact acts on.
 * It is lenient by design: an unknown field, type or status, or a malformed part, is skipped and counted, never an
 * error, so that one odd entry does not make Meta redeliver the whole batch. Only a body that is not JSON at all is
 * refused.
 */
public final class WebhookParser {

    /** WhatsApp's own limit on a text message; longer text is cut. */
    static final int MAX_TEXT = 4096;
    private static final int MAX_NAME = 200;
    private static final int MAX_ID = 256;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String phoneNumberId;
    private final Clock clock;

    /** @param phoneNumberId the business number Tact answers on; changes for other numbers are ignored */
    public WebhookParser(String phoneNumberId, Clock clock) {
        this.phoneNumberId = phoneNumberId;
        this.clock = clock;
    }

    public WebhookDelivery parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("malformed_json", "The webhook body is not JSON.");
        } catch (IOException e) {
            throw new InvalidInputException("malformed_json", "The webhook body could not be read.");
        }
        var result = new Builder();
        if (root == null || !"whatsapp_business_account".equals(root.path("object").asText())) {
            result.ignored++;
            return result.build();
        }
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                if (!"messages".equals(change.path("field").asText())
                        || !phoneNumberId.equals(value.path("metadata").path("phone_number_id").asText())) {
                    result.ignored++;
                    continue;
                }
                readValue(value, result);
            }
        }
        return result.build();
    }

    private void readValue(JsonNode value, Builder result) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode contact : value.path("contacts")) {
            names.put(contact.path("wa_id").asText(), clean(contact.path("profile").path("name").asText(), MAX_NAME));
        }
        for (JsonNode message : value.path("messages")) {
            Optional<InboundEvent> event = message(message, names);
            event.ifPresentOrElse(result.messages::add, () -> result.ignored++);
        }
        for (JsonNode status : value.path("statuses")) {
            status(status).ifPresentOrElse(result.statuses::add, () -> result.ignored++);
        }
        // value.errors: problems on Meta's side with no message attached; nothing for Tact to store
        result.ignored += value.path("errors").size();
    }

    private Optional<InboundEvent> message(JsonNode message, Map<String, String> names) {
        String from = message.path("from").asText();
        String wamid = message.path("id").asText();
        String type = message.path("type").asText();
        if (!isId(from) || !isId(wamid) || type.isEmpty()) {
            return Optional.empty();
        }
        Optional<Content> content = content(type, message);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        var user = new WhatsAppUser(phoneNumberId, from);
        return Optional.of(new InboundEvent(user, names.getOrDefault(from, ""), wamid, clean(type, 32),
                content.get().text(), content.get().readable(), timestamp(message)));
    }

    private record Content(String text, boolean readable) {
        static Optional<Content> readable(String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(new Content(text, true));
        }

        static Optional<Content> placeholder(String text) {
            return Optional.of(new Content(text, false));
        }
    }

    private static Optional<Content> content(String type, JsonNode message) {
        return switch (type) {
            case "text" -> Content.readable(clean(message.path("text").path("body").asText(), MAX_TEXT));
            case "interactive" -> interactive(message.path("interactive"));
            // a quick-reply button of a template message
            case "button" -> Content.readable(clean(message.path("button").path("text").asText(), MAX_TEXT));
            case "image", "video", "audio", "document", "sticker" -> Content.placeholder(media(type, message.path(type)));
            case "location" -> Content.placeholder(location(message.path("location")));
            case "contacts" -> Content.placeholder(contacts(message.path("contacts")));
            case "reaction" -> reaction(message.path("reaction"));
            case "unsupported", "unknown" -> Content.placeholder("[unsupported message"
                    + optional(" · ", clean(message.path("unsupported").path("type").asText(), 40)) + "]");
            default -> Optional.empty();
        };
    }

    private static Optional<Content> interactive(JsonNode interactive) {
        String kind = interactive.path("type").asText();
        JsonNode reply = interactive.path(kind);
        if (!kind.equals("button_reply") && !kind.equals("list_reply")) {
            return Optional.empty();
        }
        String id = reply.path("id").asText();
        Optional<WhatsAppButtons> ours = WhatsAppButtons.byId(id);
        if (ours.isPresent()) {
            return Content.readable(ours.get().meaning());
        }
        if (id.matches("tact\\.survey\\.[1-5]")) {
            // a row of the satisfaction list: the engine reads the score as a lone digit
            return Content.readable(id.substring(OutboundPayloads.SURVEY_PREFIX.length()));
        }
        return Content.readable(clean(reply.path("title").asText(), MAX_TEXT));
    }

    private static String media(String type, JsonNode media) {
        String label = type.equals("audio") && media.path("voice").asBoolean(false) ? "voice note" : type;
        var placeholder = new StringJoiner(" · ", "[", "]");
        placeholder.add(label);
        placeholder.add("media " + clean(media.path("id").asText("?"), MAX_ID));
        String mime = clean(media.path("mime_type").asText(), 100);
        if (!mime.isEmpty()) {
            placeholder.add(mime);
        }
        String filename = clean(media.path("filename").asText(), 200);
        if (!filename.isEmpty()) {
            placeholder.add(filename);
        }
        String caption = clean(media.path("caption").asText(), MAX_TEXT);
        return placeholder + (caption.isEmpty() ? "" : " " + caption);
    }

    private static String location(JsonNode location) {
        var placeholder = new StringJoiner(" · ", "[", "]");
        placeholder.add("location " + location.path("latitude").asDouble() + "," + location.path("longitude").asDouble());
        String name = clean(location.path("name").asText(), 200);
        if (!name.isEmpty()) {
            placeholder.add(name);
        }
        String address = clean(location.path("address").asText(), 400);
        if (!address.isEmpty()) {
            placeholder.add(address);
        }
        return placeholder.toString();
    }

    private static String contacts(JsonNode contacts) {
        List<String> names = new ArrayList<>();
        for (JsonNode contact : contacts) {
            names.add(clean(contact.path("name").path("formatted_name").asText("?"), 200));
        }
        return "[contact card" + optional(" · ", String.join(", ", names)) + "]";
    }

    /** A reaction; an empty emoji is a reaction taken back, which is not a message. */
    private static Optional<Content> reaction(JsonNode reaction) {
        String emoji = clean(reaction.path("emoji").asText(), 16);
        if (emoji.isEmpty()) {
            return Optional.empty();
        }
        return Content.placeholder("[reaction " + emoji + " to " + clean(reaction.path("message_id").asText(), MAX_ID)
                + "]");
    }

    private Optional<StatusEvent> status(JsonNode status) {
        String wamid = status.path("id").asText();
        Optional<StatusEvent.Status> kind = StatusEvent.Status.of(status.path("status").asText());
        if (!isId(wamid) || kind.isEmpty()) {
            return Optional.empty();
        }
        JsonNode error = status.path("errors").path(0);
        Optional<String> code = error.has("code") ? Optional.of(clean(error.path("code").asText(), 32)) : Optional.empty();
        Optional<String> title = error.has("title") ? Optional.of(clean(error.path("title").asText(), 400))
                : error.has("message") ? Optional.of(clean(error.path("message").asText(), 400)) : Optional.empty();
        return Optional.of(new StatusEvent(wamid, clean(status.path("recipient_id").asText(), MAX_ID), kind.get(),
                timestamp(status), code, title));
    }

    private Instant timestamp(JsonNode node) {
        try {
            long seconds = Long.parseLong(node.path("timestamp").asText());
            if (seconds > 0 && seconds < 32_503_680_000L) {
                return Instant.ofEpochSecond(seconds);
            }
        } catch (NumberFormatException e) {
            // a missing or odd timestamp: when it reached us is the best we know
        }
        return clock.instant();
    }

    private static boolean isId(String id) {
        return !id.isBlank() && id.length() <= MAX_ID && id.chars().allMatch(c -> c > 32 && c < 127);
    }

    private static String optional(String separator, String text) {
        return text.isEmpty() ? "" : separator + text;
    }

    /**
     * Control characters other than tab and line breaks become spaces (PostgreSQL cannot store NUL), and the text is
     * cut to {@code limit} code points.
     */
    static String clean(String text, int limit) {
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), limit));
        int count = 0;
        for (int i = 0; i < text.length() && count < limit; count++) {
            int c = text.codePointAt(i);
            boolean control = (c < 32 && c != '\n' && c != '\r' && c != '\t') || c == 127;
            cleaned.appendCodePoint(control ? ' ' : c);
            i += Character.charCount(c);
        }
        return cleaned.toString().strip();
    }

    private static final class Builder {
        private final List<InboundEvent> messages = new ArrayList<>();
        private final List<StatusEvent> statuses = new ArrayList<>();
        private int ignored;

        WebhookDelivery build() {
            return new WebhookDelivery(messages, statuses, ignored);
        }
    }
}
