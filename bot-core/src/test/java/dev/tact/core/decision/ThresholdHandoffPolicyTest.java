package dev.tact.core.decision;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
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

    private final PolicySettings settings = PolicySettings.defaults().withUnderstanding(0.5, 0.1, 0.5)
            .withIntentRules(Set.of("dispute"), Set.of(), Map.of());
    private final ThresholdHandoffPolicy policy = new ThresholdHandoffPolicy(settings,
            intent -> intent.equals("unknown_answer") ? Optional.empty() : Optional.of("answer for " + intent));

    private static Analysis analysis(double sentiment, double outOfScope, IntentScore... intents) {
        return new Analysis(List.of(intents), outOfScope, sentiment, Map.of(), Map.of(), "test");
    }

    private static Analysis signals(Map<String, Double> signals, IntentScore... intents) {
        return new Analysis(List.of(intents), 0, 0, Map.of(), signals, "test");
    }

    private static List<String> reasons(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Escalate.class);
        return ((Decision.Escalate) decision).reasons().stream().map(HandoffReason::signal).toList();
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
    void decideStrongEmotionEscalatesBeforeAnsweringWithItsPriority() {
        var upset = new Analysis(List.of(new IntentScore("card", 0.99)), 0, -0.6,
                Map.of("anger_frustration", 0.7, "neutral", 0.3), Map.of(Signals.EMOTION, 0.9), "test");
        var decision = policy.decide(CONVERSATION, upset, List.of());
        assertThat(reasons(decision)).containsExactly("negative_emotion");
        assertThat(((Decision.Escalate) decision).priority()).isEqualTo(60 + 23);
        assertThat(((Decision.Escalate) decision).reasons().get(0).detail()).contains("angry or frustrated");
    }

    @Test
    void decideMildEmotionAnswersWithAnEmpatheticPreface() {
        var annoyed = new Analysis(List.of(new IntentScore("card", 0.99)), 0, -0.3,
                Map.of("sadness_disappointment", 0.5, "neutral", 0.5), Map.of(Signals.EMOTION, 0.4), "test");
        var decision = policy.decide(CONVERSATION, annoyed, List.of());
        assertThat(decision).isEqualTo(new Decision.Answer("card", 0.99,
                "I'm sorry it's been disappointing. answer for card"));
    }

    @Test
    void decideEmotionJustBelowTheMildThresholdAnswersPlainly() {
        var calm = signals(Map.of(Signals.EMOTION, 0.19), new IntentScore("card", 0.99));
        assertThat(policy.decide(CONVERSATION, calm, List.of()))
                .isEqualTo(new Decision.Answer("card", 0.99, "answer for card"));
    }

    @Test
    void decideSensitiveSituationEscalatesAtTheTopWithTheDomainsWords() {
        var loss = signals(Map.of(Signals.SENSITIVE, 0.35, "sensitive.bereavement", 0.35),
                new IntentScore("close_account", 0.6), new IntentScore("bereavement", 0.35));
        var decision = policy.decide(CONVERSATION, loss, List.of());
        assertThat(reasons(decision)).containsExactly("sensitive");
        assertThat(((Decision.Escalate) decision).priority()).isEqualTo(90);
        assertThat(((Decision.Escalate) decision).preface()).isEqualTo("answer for bereavement");
    }

    @Test
    void decideSelfHarmGoesAboveEveryOtherSituation() {
        var words = signals(Map.of(Signals.SENSITIVE, 1.0, "sensitive.self_harm", 1.0, "sensitive.financial_hardship",
                0.4), new IntentScore("card", 0.9));
        assertThat(((Decision.Escalate) policy.decide(CONVERSATION, words, List.of())).priority()).isEqualTo(100);
    }

    @Test
    void decideSensitiveBelowItsThresholdIsNotEscalatedForIt() {
        var faint = signals(Map.of(Signals.SENSITIVE, 0.29), new IntentScore("card", 0.9));
        assertThat(policy.decide(CONVERSATION, faint, List.of())).isInstanceOf(Decision.Answer.class);
    }

    @Test
    void decideHumanRequestAsRunnerUpAboveBothThresholdsEscalates() {
        var second = analysis(0, 0, new IntentScore("card", 0.45), new IntentScore("human_request", 0.35));
        assertThat(policy.decide(CONVERSATION, second, List.of())).isInstanceOf(Decision.Clarify.class);
        var likely = analysis(0, 0, new IntentScore("human_request", 0.35), new IntentScore("card", 0.3));
        assertThat(reasons(policy.decide(CONVERSATION, likely, List.of()))).containsExactly("human_request");
    }

    @Test
    void decideFallingTrendOverTwoNegativeTurnsEscalates() {
        var falling = signals(Map.of(Signals.SENTIMENT_TREND, -0.4, Signals.NEGATIVE_TURNS, 2.0),
                new IntentScore("card", 0.9));
        assertThat(reasons(policy.decide(CONVERSATION, falling, List.of()))).containsExactly("sentiment_trend");
        var once = signals(Map.of(Signals.SENTIMENT_TREND, -0.4, Signals.NEGATIVE_TURNS, 1.0),
                new IntentScore("card", 0.9));
        assertThat(policy.decide(CONVERSATION, once, List.of())).isInstanceOf(Decision.Answer.class);
    }

    @Test
    void decideSecondFailureInARowEscalatesWhenTheCustomerAsksAgain() {
        var again = signals(Map.of(Signals.REPEATED_INTENT, 1.0, Signals.FAILURES_IN_A_ROW, 1.0),
                new IntentScore("card", 0.9));
        assertThat(reasons(policy.decide(CONVERSATION, again, List.of()))).containsExactly("repeated_failure");
    }

    @Test
    void decideFirstRepeatAnswersAgainWithAnApology() {
        var again = signals(Map.of(Signals.REPEATED_INTENT, 1.0, Signals.FAILURES_IN_A_ROW, 0.0),
                new IntentScore("card", 0.9));
        assertThat(policy.decide(CONVERSATION, again, List.of())).isEqualTo(new Decision.Answer("card", 0.9,
                "Sorry if my last answer didn't help. answer for card"));
    }

    @Test
    void decideFirstNotHelpedAsksWhatIsStillWrong() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0, new IntentScore("not_helped", 0.8)), List.of());
        assertThat(decision).isInstanceOf(Decision.Clarify.class);
        assertThat(((Decision.Clarify) decision).prompt()).contains("didn't help");
    }

    @Test
    void decideSeveralIntentsInOneMessageEscalate() {
        var two = signals(Map.of(Signals.INTENTS_IN_MESSAGE, 2.0), new IntentScore("card", 0.9));
        assertThat(reasons(policy.decide(CONVERSATION, two, List.of()))).containsExactly("multiple_intents");
    }

    @Test
    void decideHedgedRequestEscalates() {
        var hedged = signals(Map.of(Signals.HEDGED, 1.0), new IntentScore("card", 0.9));
        var decision = policy.decide(CONVERSATION, hedged, List.of());
        assertThat(reasons(decision)).containsExactly("hedged");
        assertThat(((Decision.Escalate) decision).priority()).isEqualTo(35);
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
