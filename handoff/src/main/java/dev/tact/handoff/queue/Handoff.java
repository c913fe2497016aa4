package dev.tact.handoff.queue;

import dev.tact.core.decision.HandoffReason;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stay of a conversation with the people: from the escalation to its resolution or abandonment.
 *
 * @param id             opaque identifier
 * @param conversationId the conversation
 * @param state          waiting, claimed, resolved or abandoned
 * @param team           the team it is routed to
 * @param priority       the escalation's priority, 0..100; kept through releases and transfers
 * @param reasons        why the policy escalated
 * @param requestedAt    when it entered the line; kept through releases, so aging goes on where it stopped
 * @param agent          who holds it (or held it last), or an empty string
 * @param assignedTo     the only agent who may claim it (after a transfer to a person), or an empty string
 * @param note           the last transfer or release note, or an empty string
 * @param firstClaimedAt when a person first took it
 * @param resolvedAt     when it ended
 * @param outcome        {@code closed}, {@code returned_to_bot}, {@code abandoned}, or an empty string while open
 * @param toldPosition   the place in line the customer was last told (0 when never)
 */
public record Handoff(String id, String conversationId, HandoffState state, String team, int priority,
                      List<HandoffReason> reasons, Instant requestedAt, String agent, String assignedTo, String note,
                      Optional<Instant> firstClaimedAt, Optional<Instant> resolvedAt, String outcome,
                      int toldPosition) {

    public Handoff {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(conversationId, "conversationId must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(requestedAt, "requestedAt must not be null");
        Objects.requireNonNull(agent, "agent must not be null");
        Objects.requireNonNull(assignedTo, "assignedTo must not be null");
        Objects.requireNonNull(note, "note must not be null");
        Objects.requireNonNull(firstClaimedAt, "firstClaimedAt must not be null");
        Objects.requireNonNull(resolvedAt, "resolvedAt must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        reasons = List.copyOf(reasons);
    }

    /** How long it has been waiting (for a claimed one: how long it waited before the claim). */
    public Duration waiting(Instant now) {
        return Duration.between(requestedAt, now).isNegative() ? Duration.ZERO : Duration.between(requestedAt, now);
    }
}
