package dev.tact.core.handoff;

import dev.tact.core.decision.HandoffReason;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A conversation waiting for a person.
 *
 * @param conversationId the conversation
 * @param reasons        why the policy escalated, with figures and thresholds
 * @param priority       0 (routine) .. 100 (most urgent)
 * @param team           the team that should take it
 * @param requestedAt    when it was escalated
 */
public record HandoffRequest(String conversationId, List<HandoffReason> reasons, int priority, String team,
                             Instant requestedAt) {

    /** The team a conversation goes to when no routing rule says otherwise. */
    public static final String DEFAULT_TEAM = "care";

    public HandoffRequest {
        Objects.requireNonNull(conversationId, "conversationId must not be null");
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(requestedAt, "requestedAt must not be null");
        reasons = List.copyOf(reasons);
    }
}
