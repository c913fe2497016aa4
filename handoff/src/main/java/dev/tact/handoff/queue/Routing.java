package dev.tact.handoff.queue;

import dev.tact.core.decision.HandoffReason;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which team takes an escalated conversation: the recognised intent's team if one is configured, else the team
 * of the first reason that has one, else the default team.
 *
 * @param intentTeams intent name to team
 * @param reasonTeams reason signal (e.g. {@code negative_sentiment}) to team
 * @param defaultTeam the team for everything else
 */
public record Routing(Map<String, String> intentTeams, Map<String, String> reasonTeams, String defaultTeam) {

    public Routing {
        Objects.requireNonNull(defaultTeam, "defaultTeam must not be null");
        intentTeams = Map.copyOf(intentTeams);
        reasonTeams = Map.copyOf(reasonTeams);
    }

    public static Routing toDefault(String team) {
        return new Routing(Map.of(), Map.of(), team);
    }

    public String team(List<HandoffReason> reasons, String intent) {
        String byIntent = intentTeams.get(intent);
        if (byIntent != null) {
            return byIntent;
        }
        return reasons.stream().map(reason -> reasonTeams.get(reason.signal())).filter(Objects::nonNull)
                .findFirst().orElse(defaultTeam);
    }
}
