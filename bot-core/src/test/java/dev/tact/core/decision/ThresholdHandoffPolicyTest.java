package dev.tact.core.decision;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ThresholdHandoffPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final Conversation CONVERSATION = new Conversation("c1", Channel.WEB, "u1", "", "",
            ConversationState.BOT, NOW, NOW);

    private final PolicySettings settings = new PolicySettings(0.5, 0.1, 0.5, -0.5, 1, "human_request",
            Set.of("dispute"));
    private final ThresholdHandoffPolicy policy = new ThresholdHandoffPolicy(settings,
            intent -> intent.equals("unknown_answer") ? Optional.empty() : Optional.of("answer for " + intent));

    private static Analysis analysis(double sentiment, double outOfScope, IntentScore... intents) {
        return new Analysis(List.of(intents), outOfScope, sentiment, Map.of(), Map.of(), "test");
    }

    private static Message bot(MessageKind kind) {
        return new Message("m", "c1", 1, Role.BOT, kind, "x", "", "", NOW);
    }

    private static Message customer() {
        return new Message("m", "c1", 1, Role.CUSTOMER, MessageKind.TEXT, "x", "e", "", NOW);
    }

    @Test
    void decideConfidentIntentAnswers() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0, new IntentScore("card", 0.8)), List.of());
        assertThat(decision).isEqualTo(new Decision.Answer("card", 0.8, "answer for card"));
    }

    @Test
    void decideHumanRequestEscalatesEvenWhenCalm() {
        var decision = policy.decide(CONVERSATION, analysis(0.5, 0, new IntentScore("human_request", 0.7)),
                List.of());
        assertThat(decision).isInstanceOf(Decision.Escalate.class);
        assertThat(((Decision.Escalate) decision).reasons()).extracting(HandoffReason::signal)
                .containsExactly("human_request");
    }

    @Test
    void decideSentimentAtTheFloorEscalatesBeforeAnswering() {
        var decision = policy.decide(CONVERSATION, analysis(-0.5, 0, new IntentScore("card", 0.99)), List.of());
        assertThat(decision).isInstanceOf(Decision.Escalate.class);
    }

    @Test
    void decideSentimentJustAboveTheFloorAnswers() {
        var decision = policy.decide(CONVERSATION, analysis(-0.49, 0, new IntentScore("card", 0.99)), List.of());
        assertThat(decision).isInstanceOf(Decision.Answer.class);
    }

    @Test
    void decideLowConfidenceClarifies() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0, new IntentScore("card", 0.49)), List.of());
        assertThat(decision).isInstanceOf(Decision.Clarify.class);
        assertThat(((Decision.Clarify) decision).reasons()).singleElement()
                .isEqualTo(new HandoffReason("low_confidence", 0.49, 0.5,
                        "the best intent is card but the bot is not confident"));
    }

    @Test
    void decideSmallMarginClarifies() {
        var decision = policy.decide(CONVERSATION,
                analysis(0, 0, new IntentScore("card", 0.55), new IntentScore("pin", 0.5)), List.of());
        assertThat(decision).isInstanceOf(Decision.Clarify.class);
        assertThat(((Decision.Clarify) decision).reasons()).extracting(HandoffReason::signal)
                .containsExactly("small_margin");
    }

    @Test
    void decideOutOfScopeClarifies() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0.9, new IntentScore("card", 0.9)), List.of());
        assertThat(decision).isInstanceOf(Decision.Clarify.class);
    }

    @Test
    void decideSecondFailureInARowEscalates() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0, new IntentScore("card", 0.2)),
                List.of(customer(), bot(MessageKind.CLARIFY), customer()));
        assertThat(decision).isInstanceOf(Decision.Escalate.class);
        assertThat(((Decision.Escalate) decision).reasons()).extracting(HandoffReason::signal)
                .containsExactly("low_confidence", "repeated_failure");
    }

    @Test
    void decideFailureAfterAnAnswerClarifiesAgain() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0, new IntentScore("card", 0.2)),
                List.of(customer(), bot(MessageKind.CLARIFY), customer(), bot(MessageKind.ANSWER), customer()));
        assertThat(decision).isInstanceOf(Decision.Clarify.class);
    }

    @Test
    void decideAlwaysHumanIntentEscalates() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0, new IntentScore("dispute", 0.95)), List.of());
        assertThat(decision).isInstanceOf(Decision.Escalate.class);
    }

    @Test
    void decideIntentWithoutAnswerEscalates() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0, new IntentScore("unknown_answer", 0.95)),
                List.of());
        assertThat(((Decision.Escalate) decision).reasons()).extracting(HandoffReason::signal)
                .containsExactly("no_answer");
    }

    @Test
    void decideNeverHumanIntentAnswersDespiteASmallMargin() {
        var rules = new ThresholdHandoffPolicy(settings.withIntentRules(Set.of(), Set.of("greeting"), Map.of()),
                intent -> Optional.of("answer for " + intent));
        var close = analysis(0, 0, new IntentScore("greeting", 0.52), new IntentScore("thanks", 0.46));
        assertThat(rules.decide(CONVERSATION, close, List.of())).isInstanceOf(Decision.Answer.class);
        assertThat(policy.decide(CONVERSATION, close, List.of())).isInstanceOf(Decision.Clarify.class);
    }

    @Test
    void decideNeverHumanIntentStillNeedsConfidence() {
        var rules = new ThresholdHandoffPolicy(settings.withIntentRules(Set.of(), Set.of("greeting"), Map.of()),
                intent -> Optional.of("answer for " + intent));
        var unsure = analysis(0, 0, new IntentScore("greeting", 0.3));
        assertThat(rules.decide(CONVERSATION, unsure, List.of())).isInstanceOf(Decision.Clarify.class);
    }

    @Test
    void decideIntentWithStricterMinimumConfidenceClarifiesBelowIt() {
        var rules = new ThresholdHandoffPolicy(settings.withIntentRules(Set.of(), Set.of(), Map.of("card", 0.9)),
                intent -> Optional.of("answer for " + intent));
        var decision = rules.decide(CONVERSATION, analysis(0, 0, new IntentScore("card", 0.8)), List.of());
        assertThat(decision).isInstanceOf(Decision.Clarify.class);
        assertThat(((Decision.Clarify) decision).reasons()).extracting(HandoffReason::threshold).containsExactly(0.9);
        assertThat(rules.decide(CONVERSATION, analysis(0, 0, new IntentScore("other", 0.8)), List.of()))
                .isInstanceOf(Decision.Answer.class);
    }

    @Test
    void settingsRefuseAnIntentThatIsBothAlwaysAndNeverHuman() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> settings.withIntentRules(Set.of(), Set.of("dispute"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dispute");
    }
}
