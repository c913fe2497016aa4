package dev.tact.handoff.queue;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A person who takes conversations.
 *
 * @param username      their login
 * @param teams         the teams whose conversations they may claim
 * @param capacity      how many conversations they may hold at once
 * @param presence      online, away or offline
 * @param presenceSince when the presence last changed (for the disconnect timeout)
 */
public record Agent(String username, Set<String> teams, int capacity, Presence presence, Instant presenceSince) {

    public Agent {
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(presence, "presence must not be null");
        Objects.requireNonNull(presenceSince, "presenceSince must not be null");
        teams = Set.copyOf(teams);
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
    }
}
