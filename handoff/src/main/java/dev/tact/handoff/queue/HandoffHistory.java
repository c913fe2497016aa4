package dev.tact.handoff.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Handoffs as they were: a conversation's last one, and the recently resolved ones the wait estimate uses. */
public interface HandoffHistory {

    /** The conversation's most recent handoff, open or not. */
    Optional<Handoff> latest(String conversationId);

    /** Handoffs resolved since the instant, most recent first, at most {@code limit}. */
    List<Handoff> resolvedSince(Instant since, int limit);
}
