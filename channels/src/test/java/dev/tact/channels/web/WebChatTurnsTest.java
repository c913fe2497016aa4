package dev.tact.channels.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebChatTurnsTest {

    @Test
    void answeringWhileTheTurnRunsGivesItsClientMessageIdAndNothingAfter() {
        var turns = new WebChatTurns();
        String seen = turns.during("c1", "m-1", () -> turns.answering("c1").orElseThrow()
                + "/" + turns.answering("c2").orElse("none"));
        assertThat(seen).isEqualTo("m-1/none");
        assertThat(turns.answering("c1")).isEmpty();
    }

    @Test
    void answeringOnAnotherThreadSeesNotThisTurn() {
        var turns = new WebChatTurns();
        String elsewhere = turns.during("c1", "m-1", () -> {
            var other = new java.util.concurrent.FutureTask<>(() -> turns.during("c1", "m-2",
                    () -> turns.answering("c1").orElseThrow()));
            new Thread(other).start();
            try {
                return other.get() + "/" + turns.answering("c1").orElseThrow();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(elsewhere).isEqualTo("m-2/m-1");
    }

    @Test
    void duringWhenTheTurnFailsStillCloses() {
        var turns = new WebChatTurns();
        assertThatThrownBy(() -> turns.during("c1", "m-1", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(turns.answering("c1")).isEmpty();
    }
}
