package dev.tact.core.conversation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TurnHistoryTest {

    private final List<Message> history = new ArrayList<>();

    private TurnHistoryTest say(Role role, MessageKind kind, String intent) {
        history.add(new Message(UUID.randomUUID().toString(), "c1", history.size() + 1, role, kind, "text", "", intent,
                Instant.parse("2026-01-05T09:00:00Z").plusSeconds(history.size())));
        return this;
    }

    private TurnHistoryTest customer() {
        return say(Role.CUSTOMER, MessageKind.TEXT, "");
    }

    @Test
    void ofPairsEachCustomerMessageWithWhatTheBotReplied() {
        customer().say(Role.BOT, MessageKind.ANSWER, "change_pin").customer().say(Role.BOT, MessageKind.CLARIFY, "")
                .customer();
        TurnHistory past = TurnHistory.of(history);
        assertThat(past.turns()).extracting(TurnHistory.Turn::answeredIntent, TurnHistory.Turn::clarified)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("change_pin", false),
                        org.assertj.core.groups.Tuple.tuple("", true), org.assertj.core.groups.Tuple.tuple("", false));
        assertThat(past.previousAnswer(3)).isEqualTo("change_pin");
        assertThat(past.fallbacks()).isEqualTo(1);
    }

    @Test
    void failuresInARowCountClarificationsAndTheSameAnswerAgainButNotAGreetingAgain() {
        customer().say(Role.BOT, MessageKind.ANSWER, "change_pin")
                .customer().say(Role.BOT, MessageKind.ANSWER, "change_pin")
                .customer().say(Role.BOT, MessageKind.CLARIFY, "");
        assertThat(TurnHistory.of(history).failuresInARow(Set.of())).isEqualTo(2);
        history.clear();
        customer().say(Role.BOT, MessageKind.ANSWER, "greeting").customer().say(Role.BOT, MessageKind.ANSWER, "greeting");
        assertThat(TurnHistory.of(history).failuresInARow(Set.of("greeting"))).isZero();
        assertThat(TurnHistory.of(history).failuresInARow(Set.of())).isEqualTo(1);
    }

    @Test
    void clarificationsInARowStopAtAnyOtherReply() {
        customer().say(Role.BOT, MessageKind.CLARIFY, "").customer().say(Role.BOT, MessageKind.CLARIFY, "").customer();
        assertThat(TurnHistory.of(history).clarificationsInARow()).isEqualTo(2);
        say(Role.SYSTEM, MessageKind.HANDOFF, "");
        assertThat(TurnHistory.of(history).clarificationsInARow()).isZero();
        assertThat(TurnHistory.of(List.of()).clarificationsInARow()).isZero();
    }
}
