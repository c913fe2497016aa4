package dev.tact.intents.conversation;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.intents.sentiment.LexiconSentimentScorer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationSignalsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final LexiconSentimentScorer sentiment = new LexiconSentimentScorer();
    private final ConversationSignals signals = new ConversationSignals(sentiment, "not_helped",
            Set.of("greeting", "thanks", "goodbye"));
    private final List<Message> history = new ArrayList<>();

    private ConversationSignalsTest customer(String text) {
        history.add(new Message("m" + history.size(), "c", history.size(), Role.CUSTOMER, MessageKind.TEXT, text, "",
                "", NOW));
        return this;
    }

    private ConversationSignalsTest bot(MessageKind kind, String intent) {
        history.add(new Message("m" + history.size(), "c", history.size(), Role.BOT, kind, "reply", "", intent, NOW));
        return this;
    }

    private Analysis now(String text, String intent) {
        var analysis = new Analysis(List.of(new IntentScore(intent, 0.9), new IntentScore("not_helped", 0.05)), 0,
                sentiment.score(text).compound(), Map.of(), Map.of(), "test");
        return signals.detect(text, history, analysis);
    }

    @Test
    void detectFirstTurnHasNoFailuresAndNoTrend() {
        var analysis = now("how do I change my pin", "change_pin");
        assertThat(Signals.value(analysis, Signals.FAILURES_IN_A_ROW)).isZero();
        assertThat(Signals.value(analysis, Signals.REPEATED_INTENT)).isZero();
        assertThat(analysis.signals()).doesNotContainKey(Signals.SENTIMENT_TREND);
        assertThat(Signals.value(analysis, Signals.NOT_HELPED)).isEqualTo(0.05);
    }

    @Test
    void detectAskingAgainForTheAnsweredIntentIsARepeat() {
        customer("how do i change my pin").bot(MessageKind.ANSWER, "change_pin");
        var analysis = now("how do i change my pin", "change_pin");
        assertThat(Signals.value(analysis, Signals.REPEATED_INTENT)).isEqualTo(1);
        assertThat(Signals.value(analysis, Signals.FAILURES_IN_A_ROW)).isZero();
    }

    @Test
    void detectARepeatedGreetingIsNeitherARepeatNorAFailure() {
        customer("hello").bot(MessageKind.ANSWER, "greeting")
                .customer("hi?").bot(MessageKind.ANSWER, "greeting");
        var analysis = now("hello again", "greeting");
        assertThat(Signals.value(analysis, Signals.REPEATED_INTENT)).isZero();
        assertThat(Signals.value(analysis, Signals.FAILURES_IN_A_ROW)).isZero();
    }

    @Test
    void detectRepeatedThanksAndGoodbyesAreNoFailures() {
        customer("thanks").bot(MessageKind.ANSWER, "thanks")
                .customer("thank you!").bot(MessageKind.ANSWER, "thanks")
                .customer("bye").bot(MessageKind.ANSWER, "goodbye");
        var analysis = now("bye bye", "goodbye");
        assertThat(Signals.value(analysis, Signals.REPEATED_INTENT)).isZero();
        assertThat(Signals.value(analysis, Signals.FAILURES_IN_A_ROW)).isZero();
    }

    @Test
    void detectCountsClarificationsAndRepeatsInARow() {
        customer("where's my card").bot(MessageKind.ANSWER, "card_arrival")
                .customer("where is my card").bot(MessageKind.ANSWER, "card_arrival")
                .customer("didn't help").bot(MessageKind.CLARIFY, "");
        var analysis = now("where is my card???", "card_arrival");
        assertThat(Signals.value(analysis, Signals.FAILURES_IN_A_ROW)).isEqualTo(2);
        assertThat(Signals.value(analysis, Signals.FALLBACKS)).isEqualTo(1);
    }

    @Test
    void detectANewQuestionAnsweredEndsTheRun() {
        customer("help").bot(MessageKind.CLARIFY, "")
                .customer("how do I top up").bot(MessageKind.ANSWER, "top_up");
        assertThat(Signals.value(now("thanks", "thanks"), Signals.FAILURES_IN_A_ROW)).isZero();
    }

    @Test
    void detectFallingMoodGivesANegativeTrendAndCountsNegativeTurns() {
        customer("hi").bot(MessageKind.ANSWER, "greeting")
                .customer("the app just says dispatched. not very helpful tbh").bot(MessageKind.ANSWER, "card");
        var analysis = now("this is getting really disappointing, I'm unhappy", "card");
        assertThat(Signals.value(analysis, Signals.SENTIMENT_TREND)).isLessThan(-0.3);
        assertThat(Signals.value(analysis, Signals.NEGATIVE_TURNS)).isEqualTo(2);
    }
}
