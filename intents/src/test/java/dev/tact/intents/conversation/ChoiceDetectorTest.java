package dev.tact.intents.conversation;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Choice;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceDetectorTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private final ChoiceDetector detector = new ChoiceDetector("affirm", "thanks");

    private static Message bot(MessageKind kind, List<Choice> choices) {
        return new Message("b", "c", 2, Role.BOT, kind, "…", "", "", NOW, choices);
    }

    private static Message customer(String text) {
        return new Message("m", "c", 1, Role.CUSTOMER, MessageKind.TEXT, text, "e", "", NOW);
    }

    private static Analysis read(String intent, double p, double outOfScope) {
        return new Analysis(List.of(new IntentScore(intent, p)), outOfScope, 0, Map.of(), Map.of(Signals.VAGUE, 0.9),
                "test");
    }

    private static final List<Choice> OFFER = List.of(new Choice(Choice.PERSON, "Yes, get someone"),
            new Choice(Choice.NO, "No, thanks"));

    @Test
    void detectPickedTopicMakesItTheIntentForCertain() {
        var history = List.of(customer("I have a problem"), bot(MessageKind.CLARIFY,
                List.of(Choice.intent("card_arrival", "Card arrival"), new Choice(Choice.PERSON, "Talk to a person"))));
        var analysis = detector.detect(" card ARRIVAL ", history, read("card_linking", 0.3, 0.6));
        assertThat(analysis.top()).isEqualTo(new IntentScore("card_arrival", 1.0));
        assertThat(analysis.outOfScope()).isZero();
        assertThat(Signals.value(analysis, Signals.CHOSEN)).isEqualTo(1.0);
    }

    @Test
    void detectPickedPersonAcceptsTheOffer() {
        var history = List.of(customer("my payment is pending"), bot(MessageKind.ANSWER, OFFER));
        var analysis = detector.detect("Yes, get someone", history, read("affirm", 0.4, 0.2));
        assertThat(Signals.value(analysis, Signals.OFFER_ACCEPTED)).isEqualTo(1.0);
    }

    @Test
    void detectTypedYesAfterAnOfferAcceptsItWithTheIntentsProbability() {
        var history = List.of(customer("my payment is pending"), bot(MessageKind.ANSWER, OFFER));
        var analysis = detector.detect("yeah go on", history, read("affirm", 0.83, 0.1));
        assertThat(Signals.value(analysis, Signals.OFFER_ACCEPTED)).isEqualTo(0.83);
        assertThat(Signals.value(analysis, Signals.CHOSEN)).isZero();
    }

    @Test
    void detectNoThanksIsTheThanksItSays() {
        var history = List.of(customer("my payment is pending"), bot(MessageKind.ANSWER, OFFER));
        var analysis = detector.detect("no, thanks", history, read("goodbye", 0.7, 0.1));
        assertThat(analysis.top().intent()).isEqualTo("thanks");
        assertThat(Signals.value(analysis, Signals.OFFER_ACCEPTED)).isZero();
    }

    @Test
    void detectWithoutOfferedChoicesChangesNothing() {
        var before = read("affirm", 0.9, 0.1);
        var history = List.of(customer("hi"), bot(MessageKind.ANSWER, List.of()));
        assertThat(detector.detect("yes", history, before)).isEqualTo(before);
        assertThat(detector.detect("yes", List.of(), before)).isEqualTo(before);
    }

    @Test
    void detectChoicesOfAnOlderMessageDoNotCountOnceTheCustomerHasMovedOn() {
        var history = List.of(customer("my payment is pending"), bot(MessageKind.ANSWER, OFFER),
                customer("how do I change my pin"), bot(MessageKind.ANSWER, List.of()));
        var analysis = detector.detect("Yes, get someone", history, read("affirm", 0.9, 0.1));
        assertThat(Signals.value(analysis, Signals.OFFER_ACCEPTED)).isZero();
    }
}
