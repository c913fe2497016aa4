package dev.tact.handoff.queue;

import dev.tact.core.decision.HandoffReason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest {

    private final Routing routing = new Routing(Map.of("lost_or_stolen_card", "fraud"),
            Map.of("sensitive_intent", "specialists"), "care");

    private static HandoffReason reason(String signal) {
        return new HandoffReason(signal, 1, 0.5, "");
    }

    @Test
    void teamPrefersTheIntentsTeam() {
        assertThat(routing.team(List.of(reason("sensitive_intent")), "lost_or_stolen_card")).isEqualTo("fraud");
    }

    @Test
    void teamFallsBackToTheFirstReasonWithATeamThenTheDefault() {
        assertThat(routing.team(List.of(reason("negative_sentiment"), reason("sensitive_intent")), "none"))
                .isEqualTo("specialists");
        assertThat(routing.team(List.of(reason("low_confidence")), "card_arrival")).isEqualTo("care");
    }
}
