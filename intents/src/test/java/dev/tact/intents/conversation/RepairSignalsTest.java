package dev.tact.intents.conversation;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.intents.classify.TrainingListener;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RepairSignalsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Set<String> CONVERSATIONAL = Set.of("greeting", "thanks", "goodbye");

    private final List<Message> history = new ArrayList<>();

    private RepairSignalsTest say(Role role, MessageKind kind, String text, String intent) {
        history.add(new Message("m" + history.size(), "c", history.size(), role, kind, text, "", intent, NOW));
        return this;
    }

    private RepairSignalsTest customer(String text) {
        return say(Role.CUSTOMER, MessageKind.TEXT, text, "");
    }

    private RepairSignalsTest answer(String intent, String text) {
        return say(Role.BOT, MessageKind.ANSWER, text, intent);
    }

    private static Analysis analysis(Map<String, Double> signals) {
        return new Analysis(List.of(new IntentScore("card_arrival", 0.9)), 0, 0, Map.of(), signals, "test");
    }

    private double repair(RepairSignals detector, String text, Map<String, Double> signals) {
        return Signals.value(detector.detect(text, history, analysis(signals)), Signals.REPAIR);
    }

    @Test
    void detectWithoutAModelTakesTheLargerOfNotHelpedAndRepeated() {
        var fallback = new RepairSignals(Optional.empty(), CONVERSATIONAL);
        customer("where is my card").answer("card_arrival", "You can follow its delivery in the app.");
        assertThat(repair(fallback, "still nothing", Map.of(Signals.NOT_HELPED, 0.3, Signals.REPEATED_INTENT, 0.0)))
                .isEqualTo(0.3);
        assertThat(repair(fallback, "where is it", Map.of(Signals.NOT_HELPED, 0.1, Signals.REPEATED_INTENT, 1.0)))
                .isEqualTo(1.0);
    }

    @Test
    void detectIsZeroOnTheFirstTurn() {
        var fallback = new RepairSignals(Optional.empty(), CONVERSATIONAL);
        assertThat(repair(fallback, "that didn't help", Map.of(Signals.NOT_HELPED, 0.9))).isZero();
    }

    @Test
    void detectIsZeroAfterAConversationalAnswer() {
        var fallback = new RepairSignals(Optional.empty(), CONVERSATIONAL);
        customer("hello").answer("greeting", "Hello! What can I help you with today?");
        assertThat(repair(fallback, "hello again", Map.of(Signals.NOT_HELPED, 0.6))).isZero();
    }

    @Test
    void detectIsZeroWhenTheBotLastAskedToRephraseOrAPersonSpoke() {
        var fallback = new RepairSignals(Optional.empty(), CONVERSATIONAL);
        customer("card").answer("card_arrival", "You can follow its delivery in the app.")
                .customer("hmm").say(Role.BOT, MessageKind.CLARIFY, "Could you say that another way?", "");
        assertThat(repair(fallback, "no", Map.of(Signals.NOT_HELPED, 0.6))).isZero();
        history.clear();
        customer("card").answer("card_arrival", "You can follow its delivery in the app.")
                .say(Role.AGENT, MessageKind.TEXT, "Hi, Sam here, I've checked it for you.", "");
        assertThat(repair(fallback, "no", Map.of(Signals.NOT_HELPED, 0.6))).isZero();
    }

    @Test
    void detectGivesTheModelTheAnsweredQuestionTheAnswerAndThisTurn() {
        var embedder = new WordHashEmbedder();
        RepairModel model = new RepairTrainer(RepairSettings.defaults(), embedder).train(List.of(
                new RepairSample("1", "where is my card", "Track it in the app.", "I did, still nothing", true),
                new RepairSample("1", "where is my card", "Track it in the app.", "thanks", false)),
                TrainingListener.NONE);
        var detector = new RepairSignals(Optional.of(model), CONVERSATIONAL);
        customer("hi").answer("greeting", "Hello!")
                .customer("where is my card").answer("card_arrival", "Track it in the app.");
        double repair = repair(detector, "I did, still nothing", Map.of());
        assertThat(repair).isEqualTo(model.probability("where is my card", "Track it in the app.",
                "I did, still nothing")).isGreaterThan(repair(detector, "thanks", Map.of()));
    }
}
