package dev.tact.channels.whatsapp;

import dev.tact.channels.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookParserTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final WebhookParser parser = new WebhookParser(Fixtures.PHONE_NUMBER_ID, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void parseTextKeepsSenderNameWamidAndWhatsAppsTimestamp() {
        WebhookDelivery delivery = parser.parse(Fixtures.bytes("text.json"));
        assertThat(delivery.messages()).singleElement().satisfies(message -> {
            assertThat(message.user()).isEqualTo(new WhatsAppUser(Fixtures.PHONE_NUMBER_ID, Fixtures.CUSTOMER));
            assertThat(message.user().externalUserId()).isEqualTo("106540352242922:16505551234");
            assertThat(message.profileName()).isEqualTo("Sheena Nelson");
            assertThat(message.wamid()).isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");
            assertThat(message.text()).isEqualTo("how do I change my PIN?");
            assertThat(message.readable()).isTrue();
            assertThat(message.sentAt()).isEqualTo(Instant.ofEpochSecond(1749416383));
        });
        assertThat(delivery.statuses()).isEmpty();
        assertThat(delivery.ignored()).isZero();
    }

    @Test
    void parseInteractiveRepliesBecomeTextTheEngineUnderstands() {
        WebhookDelivery delivery = parser.parse(Fixtures.bytes("interactive.json"));
        assertThat(delivery.messages()).extracting(InboundEvent::type, InboundEvent::text, InboundEvent::readable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("interactive", WhatsAppButtons.HUMAN.meaning(), true),
                        org.assertj.core.groups.Tuple.tuple("interactive", "I lost my card", true),
                        org.assertj.core.groups.Tuple.tuple("button", "Continue the chat", true));
    }

    @Test
    void parseMediaLocationContactsStickersAndReactionsGiveTypedPlaceholders() {
        WebhookDelivery delivery = parser.parse(Fixtures.bytes("unreadable.json"));
        assertThat(delivery.messages()).allSatisfy(message -> assertThat(message.readable()).isFalse());
        assertThat(delivery.messages()).extracting(InboundEvent::text).containsExactly(
                "[image · media 1003383421387256 · image/jpeg] this is the charge I don't recognise",
                "[voice note · media 1003383421387257 · audio/ogg; codecs=opus]",
                "[document · media 1003383421387258 · application/pdf · statement-may.pdf]",
                "[video · media 1003383421387259 · video/mp4]",
                "[sticker · media 1003383421387260 · image/webp]",
                "[location 37.483307,-122.148981 · Main branch · 1 Hacker Way, Menlo Park, CA 94025]",
                "[contact card · Barbara J. Johnson]",
                "[reaction \uD83D\uDC4D to wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NjNFN0I0QjU3NzRCOTIwOTcA]",
                "[unsupported message · poll_update]");
        // the reaction taken back (empty emoji) is not a message
        assertThat(delivery.ignored()).isEqualTo(1);
    }

    @Test
    void parseStatusesKeepsFailuresWithCodeAndTitleAndSkipsUnknownStatuses() {
        WebhookDelivery delivery = parser.parse(Fixtures.bytes("statuses.json"));
        assertThat(delivery.messages()).isEmpty();
        assertThat(delivery.statuses()).extracting(StatusEvent::wamid, StatusEvent::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("wamid.OUT1", StatusEvent.Status.READ),
                org.assertj.core.groups.Tuple.tuple("wamid.OUT1", StatusEvent.Status.DELIVERED),
                org.assertj.core.groups.Tuple.tuple("wamid.OUT2", StatusEvent.Status.FAILED));
        StatusEvent failed = delivery.statuses().get(2);
        assertThat(failed.errorCode()).contains("131047");
        assertThat(failed.errorTitle()).contains("Re-engagement message");
        assertThat(failed.recipientId()).isEqualTo(Fixtures.CUSTOMER);
        assertThat(failed.at()).isEqualTo(Instant.ofEpochSecond(1749416700));
        assertThat(delivery.ignored()).isEqualTo(1);
    }

    @Test
    void parseSkipsErrorsOtherNumbersOtherFieldsAndUnknownTypesWithoutFailing() {
        WebhookDelivery delivery = parser.parse(Fixtures.bytes("errors.json"));
        // only the odd-but-valid text survives: its control character cleaned, its bad timestamp replaced by now
        assertThat(delivery.messages()).singleElement().satisfies(message -> {
            assertThat(message.wamid()).isEqualTo("wamid.WEIRD");
            assertThat(message.text()).isEqualTo("odd  time");
            assertThat(message.sentAt()).isEqualTo(NOW);
            assertThat(message.profileName()).isEmpty();
        });
        // value.errors, the other number's change, the template field, the order and the empty text
        assertThat(delivery.ignored()).isEqualTo(5);
    }

    @Test
    void parseOtherObjectsOrShapesIsEmptyNotAnError() {
        assertThat(parse("{\"object\": \"page\", \"entry\": []}").messages()).isEmpty();
        assertThat(parse("[]").messages()).isEmpty();
        assertThat(parse("{\"object\": \"whatsapp_business_account\", \"entry\": {\"changes\": 3}}").messages())
                .isEmpty();
        assertThat(parse("{\"object\": \"whatsapp_business_account\", \"entry\": [{\"changes\": [{\"field\": "
                + "\"messages\", \"value\": {\"metadata\": {\"phone_number_id\": \"106540352242922\"}, \"messages\": "
                + "[{\"from\": \"\", \"id\": \"x\", \"type\": \"text\", \"text\": {\"body\": \"hi\"}}]}}]}]}")
                .ignored()).isEqualTo(1);
    }

    @Test
    void parseNonJsonIsRefused() {
        assertThatThrownBy(() -> parse("not json")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cleanCutsToTheLimitInCodePoints() {
        String longText = "\uD83D\uDE00".repeat(WebhookParser.MAX_TEXT + 10);
        String cleaned = WebhookParser.clean(longText, WebhookParser.MAX_TEXT);
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(WebhookParser.MAX_TEXT);
        assertThat(Optional.of(WebhookParser.clean("a\u0007b\nc", 10))).contains("a b\nc");
    }

    private WebhookDelivery parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parseASatisfactionListChoiceGivesTheScoreAsADigit() {
        WebhookDelivery delivery = parse("{\"object\": \"whatsapp_business_account\", \"entry\": [{\"changes\": [{"
                + "\"field\": \"messages\", \"value\": {\"metadata\": {\"phone_number_id\": \"106540352242922\"},"
                + " \"messages\": [{\"from\": \"16505551234\", \"id\": \"wamid.S\", \"timestamp\": \"1749416383\","
                + " \"type\": \"interactive\", \"interactive\": {\"type\": \"list_reply\", \"list_reply\":"
                + " {\"id\": \"tact.survey.4\", \"title\": \"4 · Good\"}}}]}}]}]}");
        assertThat(delivery.messages()).extracting(InboundEvent::text).containsExactly("4");
    }
}
