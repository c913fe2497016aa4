package dev.tact.intents.conversation;

import dev.tact.core.analysis.IntentScore;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.intents.classify.IntentPrediction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    private static Message message(int seq, Role role, MessageKind kind, String text) {
        return new Message("m" + seq, "c1", seq, role, kind, text, "", "", NOW);
    }

    private static IntentPrediction prediction(double top, double outOfScope) {
        return new IntentPrediction(List.of(new IntentScore("card_fee", top), new IntentScore("change_pin", 0.01)),
                outOfScope);
    }

    @Test
    void previousQuestionIsTheCustomerMessageTheBotLastAnswered() {
        List<Message> history = List.of(message(0, Role.CUSTOMER, MessageKind.TEXT, "how do I order a card?"),
                message(1, Role.BOT, MessageKind.ANSWER, "Order it in the app."));
        assertThat(FollowUps.previousQuestion(history)).contains("how do I order a card?");
    }

    @Test
    void previousQuestionIsEmptyWhenTheLastBotTurnWasNoAnswerOrTheCustomerSpokeSince() {
        assertThat(FollowUps.previousQuestion(List.of())).isEmpty();
        assertThat(FollowUps.previousQuestion(List.of(message(0, Role.CUSTOMER, MessageKind.TEXT, "hello"),
                message(1, Role.BOT, MessageKind.TEXT, "Could you say more?")))).isEmpty();
        assertThat(FollowUps.previousQuestion(List.of(message(0, Role.CUSTOMER, MessageKind.TEXT, "my card?"),
                message(1, Role.BOT, MessageKind.ANSWER, "Order it in the app."),
                message(2, Role.CUSTOMER, MessageKind.TEXT, "thanks")))).isEmpty();
    }

    @Test
    void mayContinueOnlyWhenShortUnsureAndInScope() {
        assertThat(FollowUps.mayContinue("do you charge for that?", prediction(0.3, 0.1))).isTrue();
        assertThat(FollowUps.mayContinue("do you charge for that?", prediction(0.9, 0.1))).isFalse();
        assertThat(FollowUps.mayContinue("do you charge for that?", prediction(0.3, 0.7))).isFalse();
        assertThat(FollowUps.mayContinue("one two three four five six seven eight nine ten eleven twelve thirteen",
                prediction(0.3, 0.1))).isFalse();
    }
}
