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
    void duringWhenTheTurnFailsStillCloses() {
        var turns = new WebChatTurns();
        assertThatThrownBy(() -> turns.during("c1", "m-1", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(turns.answering("c1")).isEmpty();
    }
}
