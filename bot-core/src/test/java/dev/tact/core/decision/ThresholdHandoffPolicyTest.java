package dev.tact.core.decision;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Choice;
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

    /** The analyzers' emotion names and the domain's situation priorities, given to the policy as data. */
    static final List<Empathy> EMPATHY = List.of(
            new Empathy("anger_frustration", "angry or frustrated", "I'm sorry this has been frustrating."),
            new Empathy("sadness_disappointment", "sad or disappointed", "I'm sorry it's been disappointing."));

    private final PolicySettings settings = PolicySettings.defaults().withUnderstanding(0.5, 0.1, 0.5)
            .withIntentRules(Set.of("dispute"), Set.of(), Map.of(), Map.of("self_harm", 100, "abuse", 95));
    private final ThresholdHandoffPolicy policy = new ThresholdHandoffPolicy(PolicySettingsProvider.fixed(settings),
            intent -> intent.equals("unknown_answer") ? Optional.empty() : Optional.of("answer for " + intent),
            EMPATHY);

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
    void decideAbuseGoesAboveOtherSituationsButSelfHarm() {
        var words = signals(Map.of(Signals.SENSITIVE, 0.8, "sensitive.abuse", 0.8, "sensitive.bereavement", 0.3),
                new IntentScore("card", 0.9));
        assertThat(((Decision.Escalate) policy.decide(CONVERSATION, words, List.of())).priority()).isEqualTo(95);
    }

    @Test
    void decideWithoutNamedEmotionsUsesTheGeneralWords() {
        var plain = new ThresholdHandoffPolicy(settings, intent -> Optional.of("answer for " + intent));
        var upset = new Analysis(List.of(new IntentScore("card", 0.99)), 0, -0.6,
                Map.of("anger_frustration", 0.7), Map.of(Signals.EMOTION, 0.3), "test");
        assertThat(plain.decide(CONVERSATION, upset, List.of())).isEqualTo(new Decision.Answer("card", 0.99,
                "I'm sorry about the trouble. answer for card"));
    }

    @Test
    void decideReadsTheSettingsOfEachTurn() {
        PolicySettings[] current = {settings};
        var swappable = new ThresholdHandoffPolicy(() -> current[0], intent -> Optional.of("answer for " + intent),
                EMPATHY);
        var middling = analysis(0, 0, new IntentScore("card", 0.6));
        assertThat(swappable.decide(CONVERSATION, middling, List.of()).name()).isEqualTo("answer");
        current[0] = settings.withUnderstanding(0.7, 0.1, 0.5);
        assertThat(swappable.decide(CONVERSATION, middling, List.of()).name()).isEqualTo("escalate");
    }

    @Test
    void decideSensitiveBelowItsThresholdIsNotEscalatedForIt() {
        var faint = signals(Map.of(Signals.SENSITIVE, 0.29), new IntentScore("card", 0.9));
        assertThat(policy.decide(CONVERSATION, faint, List.of())).isInstanceOf(Decision.Answer.class);
    }

    @Test
    void decideHumanRequestAsRunnerUpAboveBothThresholdsEscalates() {
        var second = analysis(0, 0, new IntentScore("card", 0.45), new IntentScore("human_request", 0.35));
        assertThat(reasons(policy.decide(CONVERSATION, second, List.of()))).containsExactly("low_confidence");
        var likely = analysis(0, 0, new IntentScore("human_request", 0.35), new IntentScore("card", 0.3));
        assertThat(reasons(policy.decide(CONVERSATION, likely, List.of()))).containsExactly("human_request");
    }

    @Test
    void decideClauseAskingForAPersonEscalatesWhateverTheRestAsks() {
        var both = signals(Map.of(Signals.HUMAN_REQUEST, 0.8), new IntentScore("lost_card", 0.7),
                new IntentScore("human_request", 0.1));
        var decision = policy.decide(CONVERSATION, both, List.of());
        assertThat(reasons(decision)).containsExactly("human_request");
        assertThat(decision.reasons().get(0).value()).isEqualTo(0.8);
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
    void decideRepairEscalatesWithItsProbabilityAndThreshold() {
        var missed = signals(Map.of(Signals.REPAIR, 0.8), new IntentScore("card", 0.9));
        var decision = policy.decide(CONVERSATION, missed, List.of());
        assertThat(((Decision.Escalate) decision).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.signal()).isEqualTo("repair");
            assertThat(reason.value()).isEqualTo(0.8);
            assertThat(reason.threshold()).isEqualTo(settings.repairThreshold());
        });
        var followUp = signals(Map.of(Signals.REPAIR, 0.2), new IntentScore("card", 0.9));
        assertThat(policy.decide(CONVERSATION, followUp, List.of())).isInstanceOf(Decision.Answer.class);
    }

    @Test
    void decideFirstRepeatAnswersAgainWithAnApology() {
        var again = signals(Map.of(Signals.REPEATED_INTENT, 1.0, Signals.FAILURES_IN_A_ROW, 0.0),
                new IntentScore("card", 0.9));
        assertThat(policy.decide(CONVERSATION, again, List.of())).isEqualTo(new Decision.Answer("card", 0.9,
                "Sorry if my last answer didn't help. answer for card"));
    }

    @Test
    void decideNotHelpedEscalatesAsARepair() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0, new IntentScore("not_helped", 0.8)), List.of());
        assertThat(reasons(decision)).containsExactly("repair");
        assertThat(((Decision.Escalate) decision).reasons().get(0).threshold()).isEqualTo(0.5);
    }

    @Test
    void decideSeveralIntentsInOneMessageEscalate() {
        var two = signals(Map.of(Signals.INTENTS_IN_MESSAGE, 2.0), new IntentScore("card", 0.9));
        assertThat(reasons(policy.decide(CONVERSATION, two, List.of()))).containsExactly("multiple_intents");
    }

    @Test
    void decideHedgedRequestEscalates() {
        var hedged = signals(Map.of(Signals.HEDGED, 0.7), new IntentScore("card", 0.9));
        var decision = policy.decide(CONVERSATION, hedged, List.of());
        assertThat(reasons(decision)).containsExactly("hedged");
        assertThat(((Decision.Escalate) decision).priority()).isEqualTo(35);
        assertThat(((Decision.Escalate) decision).reasons().get(0).value()).isEqualTo(0.7);
        var plain = signals(Map.of(Signals.HEDGED, 0.3), new IntentScore("card", 0.9));
        assertThat(policy.decide(CONVERSATION, plain, List.of())).isInstanceOf(Decision.Answer.class);
    }

    @Test
    void decideSeveralRequestsByTheLearnedSignalEscalate() {
        var both = signals(Map.of(Signals.MULTIPLE_REQUESTS, 0.9), new IntentScore("card", 0.9));
        assertThat(reasons(policy.decide(CONVERSATION, both, List.of()))).containsExactly("multiple_requests");
    }

    @Test
    void decideSpecificMessageWithLowConfidenceGoesToAPersonNeverToRephrase() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0, new IntentScore("card", 0.49)), List.of());
        assertThat(decision).isInstanceOf(Decision.Escalate.class);
        assertThat(decision.reasons()).singleElement()
                .isEqualTo(new HandoffReason("low_confidence", 0.49, 0.5,
                        "the best reading is card but the bot is not confident"));
    }

    @Test
    void decideSmallMarginGoesToAPerson() {
        var decision = policy.decide(CONVERSATION,
                analysis(0, 0, new IntentScore("card", 0.55), new IntentScore("pin", 0.5)), List.of());
        assertThat(reasons(decision)).containsExactly("small_margin");
    }

    @Test
    void decideOffTopicDeclinesWithAnOfferOfAPerson() {
        var decision = policy.decide(CONVERSATION, analysis(0, 0.9, new IntentScore("card", 0.05)), List.of());
        assertThat(decision).isInstanceOf(Decision.Decline.class);
        assertThat(decision.name()).isEqualTo("decline");
        assertThat(decision.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.signal()).isEqualTo("out_of_scope");
            assertThat(reason.value()).isEqualTo(0.9);
            assertThat(reason.threshold()).isEqualTo(0.5);
        });
        assertThat(decision.choices()).extracting(Choice::id).containsExactly(Choice.PERSON);
    }

    @Test
    void decideVagueMessageAsksWhatItIsAboutWithTheLikeliestTopics() {
        var vague = signals(Map.of(Signals.VAGUE, 0.8), new IntentScore("card_arrival", 0.3),
                new IntentScore("dispute", 0.2), new IntentScore("greeting", 0.1), new IntentScore("pin", 0.1),
                new IntentScore("top_up", 0.05), new IntentScore("fees", 0.05));
        var rules = new ThresholdHandoffPolicy(settings.withIntentRules(Set.of(), Set.of("greeting"), Map.of()),
                intent -> Optional.of("answer for " + intent));
        var decision = rules.decide(CONVERSATION, vague, List.of());
        assertThat(decision).isInstanceOf(Decision.Clarify.class);
        assertThat(decision.choices()).extracting(Choice::id)
                .containsExactly("intent:card_arrival", "intent:pin", "intent:top_up", Choice.PERSON);
        assertThat(decision.choices().get(0).title()).isEqualTo("Card arrival");
    }

    @Test
    void decideSecondVagueMessageInARowGoesToAPerson() {
        var vague = signals(Map.of(Signals.VAGUE, 0.8), new IntentScore("card", 0.2));
        var decision = policy.decide(CONVERSATION, vague, List.of(customer(), bot(MessageKind.CLARIFY)));
        assertThat(reasons(decision)).containsExactly("vague", "repeated_vague");
        var afterAnAnswer = policy.decide(CONVERSATION, vague,
                List.of(customer(), bot(MessageKind.CLARIFY), customer(), bot(MessageKind.ANSWER)));
        assertThat(afterAnAnswer).isInstanceOf(Decision.Clarify.class);
    }

    @Test
    void decideGreetingIsNotVague() {
        var rules = new ThresholdHandoffPolicy(settings.withIntentRules(Set.of(), Set.of("greeting"), Map.of()),
                intent -> Optional.of("answer for " + intent));
        var hello = signals(Map.of(Signals.VAGUE, 0.9), new IntentScore("greeting", 0.9));
        assertThat(rules.decide(CONVERSATION, hello, List.of())).isInstanceOf(Decision.Answer.class);
    }

    @Test
    void decideAccountSpecificIntentAnswersAndOffersAPerson() {
        ResponseCatalog catalog = new ResponseCatalog() {
            @Override
            public Optional<String> responseFor(String intent) {
                return Optional.of("Pending payments clear in a few days.");
            }

            @Override
            public Optional<String> offerFor(String intent) {
                return intent.equals("pending_payment") ? Optional.of("Want me to get someone to look at it?")
                        : Optional.empty();
            }
        };
        var decision = new ThresholdHandoffPolicy(settings, catalog).decide(CONVERSATION,
                analysis(0, 0, new IntentScore("pending_payment", 0.9)), List.of());
        assertThat(decision).isInstanceOf(Decision.Answer.class);
        assertThat(((Decision.Answer) decision).response())
                .isEqualTo("Pending payments clear in a few days. Want me to get someone to look at it?");
        assertThat(decision.choices()).extracting(Choice::id).containsExactly(Choice.PERSON, Choice.NO);
    }

    @Test
    void decideAcceptedOfferEscalates() {
        var yes = signals(Map.of(Signals.OFFER_ACCEPTED, 0.85), new IntentScore("affirm", 0.85));
        var decision = policy.decide(CONVERSATION, yes, List.of());
        assertThat(reasons(decision)).containsExactly("offer_accepted");
        assertThat(decision.reasons().get(0).value()).isEqualTo(0.85);
    }

    @Test
    void decidePickedTopicAnswersEvenWhenTheTitleLooksVague() {
        var picked = signals(Map.of(Signals.VAGUE, 0.9, Signals.CHOSEN, 1.0), new IntentScore("card", 1.0));
        assertThat(policy.decide(CONVERSATION, picked, List.of())).isInstanceOf(Decision.Answer.class);
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
        assertThat(reasons(policy.decide(CONVERSATION, close, List.of()))).containsExactly("small_margin");
    }

    @Test
    void decideNeverHumanIntentStillNeedsConfidence() {
        var rules = new ThresholdHandoffPolicy(settings.withIntentRules(Set.of(), Set.of("greeting"), Map.of()),
                intent -> Optional.of("answer for " + intent));
        var unsure = analysis(0, 0, new IntentScore("greeting", 0.3));
        assertThat(reasons(rules.decide(CONVERSATION, unsure, List.of()))).containsExactly("low_confidence");
    }

    @Test
    void decideIntentWithStricterMinimumConfidenceClarifiesBelowIt() {
        var rules = new ThresholdHandoffPolicy(settings.withIntentRules(Set.of(), Set.of(), Map.of("card", 0.9)),
                intent -> Optional.of("answer for " + intent));
        var decision = rules.decide(CONVERSATION, analysis(0, 0, new IntentScore("card", 0.8)), List.of());
        assertThat(decision).isInstanceOf(Decision.Escalate.class);
        assertThat(decision.reasons()).extracting(HandoffReason::threshold).containsExactly(0.9);
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
