package dev.tact.intents.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.intents.domain.DomainLoader;
import dev.tact.intents.domain.IntentDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the format of the judgement suite ({@code scenarios/judgement/dev.jsonl} and {@code test.jsonl}) against
 * the rules in its README. It checks labels and their order only; it never runs the bot.
 */
class JudgementSuiteFormatTest {

    private static final String FOLDER = "scenarios/judgement/";
    private static final List<String> SPLITS = List.of("dev", "test");

    private static final Set<String> FIELDS = Set.of("id", "category", "turns", "note");
    private static final Set<String> CATEGORIES = Set.of("clear_cut", "account", "emotional", "sensitive", "shape",
            "repair", "human_request", "outside_domain", "off_topic", "vague", "mixed");
    private static final Set<String> EXPECTATIONS = Set.of("answer", "clarify", "decline", "escalate", "with_human");
    private static final Set<String> REASONS = Set.of("negative_emotion", "sensitive", "hedged", "multiple_requests",
            "repair", "human_request", "outside_domain", "always_human_intent", "offer_accepted", "repeated_vague",
            "sentiment_trend");

    /** Account-specific intents: answered with the general answer when asked calmly, then a person is offered. */
    private static final Set<String> ACCOUNT_SPECIFIC = Set.of("declined_card_payment", "pending_card_payment",
            "reverted_card_payment", "refund_not_showing_up", "transaction_charged_twice", "declined_cash_withdrawal",
            "pending_cash_withdrawal", "wrong_amount_of_cash_received", "unable_to_verify_identity",
            "lost_or_stolen_card", "lost_or_stolen_phone", "terminate_account", "pending_top_up", "top_up_reverted",
            "balance_not_updated_after_cheque_or_cash_deposit", "declined_transfer", "failed_transfer",
            "pending_transfer", "transfer_not_received_by_recipient", "balance_not_updated_after_bank_transfer");
    /** Intents a person always handles, even when asked calmly. */
    private static final Set<String> ALWAYS_PERSON = Set.of("card_payment_not_recognised",
            "cash_withdrawal_not_recognised", "direct_debit_payment_not_recognised", "compromised_card");
    private static final Set<String> NEVER_ANSWERED = Set.of("human_request", "not_helped");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Line> LINES = new ArrayList<>();

    private record Line(String split, int number, JsonNode conversation) {
        Line {
            Objects.requireNonNull(split, "split must not be null");
            Objects.requireNonNull(conversation, "conversation must not be null");
        }

        String where() {
            return split + ".jsonl:" + number + " " + conversation.path("id").asText("?");
        }

        List<JsonNode> turns() {
            List<JsonNode> turns = new ArrayList<>();
            conversation.path("turns").forEach(turns::add);
            return turns;
        }
    }

    @BeforeAll
    static void readSuite() {
        for (String split : SPLITS) {
            List<String> texts = read(FOLDER + split + ".jsonl");
            for (int i = 0; i < texts.size(); i++) {
                LINES.add(new Line(split, i + 1, parse(split, i + 1, texts.get(i))));
            }
        }
    }

    @Test
    void readSuiteFindsBothSplitsNonEmpty() {
        for (String split : SPLITS) {
            assertThat(LINES).as(split).anyMatch(line -> line.split().equals(split));
        }
        assertThat(LINES).hasSizeGreaterThanOrEqualTo(260);
    }

    @Test
    void conversationsHaveOnlyKnownFieldsOfTheRightKind() {
        List<String> problems = new ArrayList<>();
        for (Line line : LINES) {
            JsonNode conversation = line.conversation();
            Iterator<String> names = conversation.fieldNames();
            names.forEachRemaining(name -> {
                if (!FIELDS.contains(name)) {
                    problems.add(line.where() + ": unknown field " + name);
                }
            });
            if (!conversation.path("id").asText("").matches("ju-\\d{3}")) {
                problems.add(line.where() + ": id must look like ju-001");
            }
            if (!CATEGORIES.contains(conversation.path("category").asText(""))) {
                problems.add(line.where() + ": unknown category " + conversation.path("category"));
            }
            if (conversation.has("note") && !conversation.get("note").isTextual()) {
                problems.add(line.where() + ": note must be text");
            }
            if (!conversation.path("turns").isArray() || conversation.path("turns").size() < 1
                    || conversation.path("turns").size() > 6) {
                problems.add(line.where() + ": turns must be an array of 1 to 6 turns");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void idsAreUniqueAcrossBothSplits() {
        Map<String, List<String>> places = new HashMap<>();
        LINES.forEach(line -> places.computeIfAbsent(line.conversation().path("id").asText(), id -> new ArrayList<>())
                .add(line.where()));
        assertThat(places.values()).allSatisfy(where -> assertThat(where).hasSize(1));
    }

    @Test
    void turnsCarryAnAllowedExpectationWithItsIntentOrReason() {
        Set<String> answerable = answerableIntents();
        List<String> problems = new ArrayList<>();
        for (Line line : LINES) {
            for (JsonNode turn : line.turns()) {
                String expect = turn.path("expect").asText("");
                Set<String> fields = new HashSet<>();
                turn.fieldNames().forEachRemaining(fields::add);
                Set<String> allowed = switch (expect) {
                    case "answer" -> Set.of("text", "expect", "intent");
                    case "escalate" -> Set.of("text", "expect", "reason");
                    default -> Set.of("text", "expect");
                };
                if (!EXPECTATIONS.contains(expect)) {
                    problems.add(line.where() + ": unknown expect " + turn.path("expect"));
                } else if (!fields.equals(allowed)) {
                    problems.add(line.where() + ": a turn expecting " + expect + " has the fields " + allowed
                            + ", not " + fields);
                }
                if (turn.path("text").asText("").isBlank()) {
                    problems.add(line.where() + ": a turn without text");
                }
                if (expect.equals("answer") && !answerable.contains(turn.path("intent").asText())) {
                    problems.add(line.where() + ": " + turn.path("intent") + " is not an answerable intent");
                }
                if (expect.equals("escalate") && !REASONS.contains(turn.path("reason").asText())) {
                    problems.add(line.where() + ": unknown reason " + turn.path("reason"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void turnsFollowTheOrderingRules() {
        List<String> problems = new ArrayList<>();
        for (Line line : LINES) {
            List<JsonNode> turns = line.turns();
            boolean escalated = false;
            for (int i = 0; i < turns.size(); i++) {
                String expect = turns.get(i).path("expect").asText();
                String before = i == 0 ? "" : turns.get(i - 1).path("expect").asText();
                if (escalated && !expect.equals("with_human")) {
                    problems.add(line.where() + ": turn " + (i + 1) + " follows the escalation but is " + expect);
                }
                if (!escalated && expect.equals("with_human")) {
                    problems.add(line.where() + ": turn " + (i + 1) + " is with_human before any escalation");
                }
                if (expect.equals("clarify") && before.equals("clarify")) {
                    problems.add(line.where() + ": two clarify turns in a row; the second must escalate");
                }
                if (turns.get(i).path("reason").asText().equals("repeated_vague") && !before.equals("clarify")) {
                    problems.add(line.where() + ": repeated_vague must follow a clarify turn");
                }
                escalated |= expect.equals("escalate");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void offerAcceptedFollowsAnAccountSpecificAnswer() {
        List<String> problems = new ArrayList<>();
        for (Line line : LINES) {
            List<JsonNode> turns = line.turns();
            for (int i = 0; i < turns.size(); i++) {
                if (turns.get(i).path("reason").asText().equals("offer_accepted")
                        && (i == 0 || !ACCOUNT_SPECIFIC.contains(turns.get(i - 1).path("intent").asText()))) {
                    problems.add(line.where() + ": offer_accepted must follow an account-specific answer");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void splitsAreStratifiedByCategory() {
        Map<String, Map<String, Long>> counts = LINES.stream().collect(Collectors.groupingBy(
                line -> line.conversation().path("category").asText(),
                Collectors.groupingBy(Line::split, Collectors.counting())));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(CATEGORIES);
        counts.forEach((category, bySplit) -> assertThat(Math.abs(bySplit.getOrDefault("dev", 0L)
                - bySplit.getOrDefault("test", 0L))).as(category).isLessThanOrEqualTo(1));
    }

    private static Set<String> answerableIntents() {
        List<IntentDefinition> intents = DomainLoader.bundled("banking").intents();
        Set<String> names = intents.stream().map(IntentDefinition::name).collect(Collectors.toSet());
        assertThat(names).containsAll(ACCOUNT_SPECIFIC).containsAll(ALWAYS_PERSON).containsAll(NEVER_ANSWERED);
        return intents.stream()
                .filter(intent -> !intent.handoff().sensitive())
                .map(IntentDefinition::name)
                .filter(name -> !ALWAYS_PERSON.contains(name) && !NEVER_ANSWERED.contains(name))
                .collect(Collectors.toSet());
    }

    private static JsonNode parse(String split, int number, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            assertThat(node.isObject()).as(split + ".jsonl:" + number + " is a JSON object").isTrue();
            return node;
        } catch (IOException e) {
            throw new AssertionError(split + ".jsonl:" + number + " does not parse: " + e.getMessage(), e);
        }
    }

    private static List<String> read(String resource) {
        InputStream in = JudgementSuiteFormatTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            assertThat(lines).as(resource + " has no blank lines").noneMatch(String::isBlank);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
