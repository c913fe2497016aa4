package dev.tact.channels.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tact.core.conversation.Choice;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundPayloadsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Message message(Role role, MessageKind kind, String text) {
        return new Message("m-1", "c-1", 1, role, kind, text, "", "", Instant.EPOCH);
    }

    private static JsonNode tree(OutboundPayloads.Payload payload) throws Exception {
        return JSON.readTree(payload.json());
    }

    @Test
    void forMessageBotAnswerCarriesTheSatisfactionAndPersonButtons() throws Exception {
        var payload = OutboundPayloads.forMessage("16505551234", message(Role.BOT, MessageKind.ANSWER, "Use the app."));
        JsonNode root = tree(payload);
        assertThat(payload.kind()).isEqualTo("interactive");
        assertThat(root.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(root.path("to").asText()).isEqualTo("16505551234");
        assertThat(root.path("interactive").path("type").asText()).isEqualTo("button");
        assertThat(root.path("interactive").path("body").path("text").asText()).isEqualTo("Use the app.");
        JsonNode buttons = root.path("interactive").path("action").path("buttons");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).path("type").asText()).isEqualTo("reply");
        assertThat(buttons.get(0).path("reply").path("id").asText()).isEqualTo("tact.helped");
        assertThat(buttons.get(1).path("reply").path("title").asText()).isEqualTo("Talk to a person");
        for (WhatsAppButtons button : WhatsAppButtons.values()) {
            assertThat(button.title().length()).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void forMessageWithChoicesShowsThemAsButtonsWhenTheyFit() throws Exception {
        Message offer = new Message("m-1", "c-1", 1, Role.BOT, MessageKind.ANSWER, "Pending payments clear soon. "
                + "Want me to get someone to look at this payment?", "", "pending_card_payment", Instant.EPOCH,
                List.of(new Choice(Choice.PERSON, "Yes, get someone"), new Choice(Choice.NO, "No, thanks")));
        JsonNode root = tree(OutboundPayloads.forMessage("16505551234", offer));
        assertThat(root.path("interactive").path("type").asText()).isEqualTo("button");
        JsonNode buttons = root.path("interactive").path("action").path("buttons");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).path("reply").path("id").asText()).isEqualTo("person");
        assertThat(buttons.get(0).path("reply").path("title").asText()).isEqualTo("Yes, get someone");
    }

    @Test
    void forMessageWithManyOrLongChoicesShowsAList() throws Exception {
        Message clarify = new Message("m-1", "c-1", 1, Role.BOT, MessageKind.CLARIFY, "Is it about one of these?", "",
                "", Instant.EPOCH, List.of(Choice.intent("card_arrival", "Card arrival"),
                        Choice.intent("balance_not_updated_after_bank_transfer", "Transfer in not showing"),
                        Choice.intent("pin_blocked", "Pin blocked"), new Choice(Choice.PERSON, "Talk to a person")));
        JsonNode root = tree(OutboundPayloads.forMessage("16505551234", clarify));
        assertThat(root.path("interactive").path("type").asText()).isEqualTo("list");
        JsonNode rows = root.path("interactive").path("action").path("sections").get(0).path("rows");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).path("title").asText()).isEqualTo("Transfer in not showing");
        assertThat(rows.get(3).path("id").asText()).isEqualTo("person");
    }

    @Test
    void forMessageAgentTextHandoffAndLongAnswersArePlainText() throws Exception {
        for (Message message : new Message[] {message(Role.AGENT, MessageKind.TEXT, "Hello, I'm Sam."),
                message(Role.SYSTEM, MessageKind.HANDOFF, "A person is coming."),
                message(Role.BOT, MessageKind.NOTICE, "Text only, please."),
                message(Role.BOT, MessageKind.ANSWER, "x".repeat(OutboundPayloads.MAX_INTERACTIVE_BODY + 1))}) {
            var payload = OutboundPayloads.forMessage("16505551234", message);
            assertThat(payload.kind()).isEqualTo("text");
            assertThat(tree(payload).path("text").path("body").asText()).isEqualTo(message.text());
            assertThat(tree(payload).path("text").path("preview_url").asBoolean(true)).isFalse();
        }
    }

    @Test
    void readWithTypingMarksTheMessageReadAndShowsTheIndicator() throws Exception {
        JsonNode root = tree(OutboundPayloads.readWithTyping("wamid.X"));
        assertThat(root.path("status").asText()).isEqualTo("read");
        assertThat(root.path("message_id").asText()).isEqualTo("wamid.X");
        assertThat(root.path("typing_indicator").path("type").asText()).isEqualTo("text");
    }

    @Test
    void templateNamesTheTemplateAndItsLanguage() throws Exception {
        JsonNode root = tree(OutboundPayloads.template("16505551234", "reopen_chat", "en_GB"));
        assertThat(root.path("type").asText()).isEqualTo("template");
        assertThat(root.path("template").path("name").asText()).isEqualTo("reopen_chat");
        assertThat(root.path("template").path("language").path("code").asText()).isEqualTo("en_GB");
    }

    @Test
    void forMessageSurveyIsAListOfTheFiveScores() throws Exception {
        JsonNode root = tree(OutboundPayloads.forMessage("16505551234",
                message(Role.SYSTEM, MessageKind.SURVEY, "How did we do? 1 (poor) to 5 (great)")));
        assertThat(root.path("interactive").path("type").asText()).isEqualTo("list");
        assertThat(root.path("interactive").path("body").path("text").asText()).startsWith("How did we do?");
        JsonNode rows = root.path("interactive").path("action").path("sections").path(0).path("rows");
        assertThat(rows.findValuesAsText("id")).containsExactly("tact.survey.5", "tact.survey.4", "tact.survey.3",
                "tact.survey.2", "tact.survey.1");
        for (JsonNode row : rows) {
            assertThat(row.path("title").asText().length()).isLessThanOrEqualTo(24);
        }
        assertThat(root.path("interactive").path("action").path("button").asText().length()).isLessThanOrEqualTo(20);
    }
}
