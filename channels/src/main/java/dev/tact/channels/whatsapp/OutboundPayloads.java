package dev.tact.channels.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tact.core.conversation.Choice;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;

import java.util.List;

/**
 * The JSON bodies of the Graph API's {@code POST /{phone-number-id}/messages}: text, interactive reply buttons,
 * template, and the read receipt with typing indicator.
 */
public final class OutboundPayloads {

    public static final String TEXT = "text";
    public static final String INTERACTIVE = "interactive";
    public static final String TEMPLATE = "template";
    public static final String READ = "read";

    /** The id of a row of the satisfaction list is this and the score. */
    static final String SURVEY_PREFIX = "tact.survey.";
    private static final String[] SURVEY_LABELS = {"", "Very poor", "Poor", "OK", "Good", "Very good"};

    /** WhatsApp's limit on the body of an interactive message; a longer answer goes as plain text. */
    static final int MAX_INTERACTIVE_BODY = 1024;
    /** WhatsApp's limits: three reply buttons of 20 characters, ten list rows. */
    static final int MAX_BUTTONS = 3;
    static final int MAX_BUTTON_TITLE = 20;
    static final int MAX_LIST_ROWS = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OutboundPayloads() {
    }

    /** A payload and the kind the outbox stores with it. */
    public record Payload(String kind, String json) {
    }

    /**
     * A conversation message as WhatsApp shows it: a bot answer with the satisfaction buttons ("Yes, thanks",
     * "Talk to a person"), a question back with "Talk to a person", everything else as plain text.
     */
    public static Payload forMessage(String to, Message message) {
        if (message.role() == Role.BOT && !message.choices().isEmpty()
                && message.text().length() <= MAX_INTERACTIVE_BODY) {
            return choices(to, message.text(), message.choices());
        }
        List<WhatsAppButtons> buttons = message.role() != Role.BOT ? List.of() : switch (message.kind()) {
            case ANSWER -> List.of(WhatsAppButtons.HELPED, WhatsAppButtons.HUMAN);
            case CLARIFY -> List.of(WhatsAppButtons.HUMAN);
            default -> List.of();
        };
        if (message.kind() == MessageKind.SURVEY && message.text().length() <= MAX_INTERACTIVE_BODY) {
            return survey(to, message.text());
        }
        if (buttons.isEmpty() || message.text().length() > MAX_INTERACTIVE_BODY
                || message.kind() == MessageKind.NOTICE) {
            return text(to, message.text());
        }
        return buttons(to, message.text(), buttons);
    }

    public static Payload text(String to, String body) {
        ObjectNode root = envelope(to, TEXT);
        root.putObject("text").put("preview_url", false).put("body", body);
        return new Payload(TEXT, write(root));
    }

    public static Payload buttons(String to, String body, List<WhatsAppButtons> buttons) {
        ObjectNode root = envelope(to, INTERACTIVE);
        ObjectNode interactive = root.putObject("interactive").put("type", "button");
        interactive.putObject("body").put("text", body);
        ArrayNode list = interactive.putObject("action").putArray("buttons");
        for (WhatsAppButtons button : buttons) {
            list.addObject().put("type", "reply").putObject("reply").put("id", button.id()).put("title", button.title());
        }
        return new Payload(INTERACTIVE, write(root));
    }

    /**
     * A bot message with the replies it offers: reply buttons when there are at most three whose titles fit a
     * button (20 characters), else a list (up to ten rows of 24). A tap comes back with the choice's title, which
     * the engine recognises.
     */
    public static Payload choices(String to, String body, List<Choice> choices) {
        List<Choice> shown = choices.subList(0, Math.min(MAX_LIST_ROWS, choices.size()));
        ObjectNode root = envelope(to, INTERACTIVE);
        boolean fitButtons = shown.size() <= MAX_BUTTONS
                && shown.stream().allMatch(choice -> choice.title().length() <= MAX_BUTTON_TITLE);
        ObjectNode interactive = root.putObject("interactive").put("type", fitButtons ? "button" : "list");
        interactive.putObject("body").put("text", body);
        if (fitButtons) {
            ArrayNode list = interactive.putObject("action").putArray("buttons");
            shown.forEach(choice -> list.addObject().put("type", "reply").putObject("reply")
                    .put("id", choice.id()).put("title", choice.title()));
        } else {
            ObjectNode action = interactive.putObject("action").put("button", "Choose");
            ArrayNode rows = action.putArray("sections").addObject().put("title", "Choose one").putArray("rows");
            shown.forEach(choice -> rows.addObject().put("id", choice.id()).put("title", choice.title()));
        }
        return new Payload(INTERACTIVE, write(root));
    }

    /**
     * The 1-5 satisfaction question as a list (reply buttons allow only three): a choice comes back as a
     * {@code list_reply} whose id the webhook turns into the digit the engine reads.
     */
    public static Payload survey(String to, String body) {
        ObjectNode root = envelope(to, INTERACTIVE);
        ObjectNode interactive = root.putObject("interactive").put("type", "list");
        interactive.putObject("body").put("text", body);
        ObjectNode action = interactive.putObject("action").put("button", "Rate us");
        ArrayNode rows = action.putArray("sections").addObject().put("title", "Your rating").putArray("rows");
        for (int score = 5; score >= 1; score--) {
            rows.addObject().put("id", SURVEY_PREFIX + score).put("title", score + " · " + SURVEY_LABELS[score]);
        }
        return new Payload(INTERACTIVE, write(root));
    }

    /** An approved template without parameters: what may be sent outside the 24-hour window. */
    public static Payload template(String to, String name, String language) {
        ObjectNode root = envelope(to, TEMPLATE);
        ObjectNode template = root.putObject("template").put("name", name);
        template.putObject("language").put("code", language);
        return new Payload(TEMPLATE, write(root));
    }

    /** Marks the customer's message read and shows "typing…" until the answer comes (at most 25 s). */
    public static Payload readWithTyping(String wamid) {
        ObjectNode root = JSON.createObjectNode().put("messaging_product", "whatsapp").put("status", "read")
                .put("message_id", wamid);
        root.putObject("typing_indicator").put("type", "text");
        return new Payload(READ, write(root));
    }

    private static ObjectNode envelope(String to, String type) {
        return JSON.createObjectNode().put("messaging_product", "whatsapp").put("recipient_type", "individual")
                .put("to", to).put("type", type);
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
