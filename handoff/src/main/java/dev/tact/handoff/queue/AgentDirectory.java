package dev.tact.handoff.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The agents, their teams, capacity and presence. */
public interface AgentDirectory {

    Optional<Agent> find(String username);

    /** Every agent with the presence given, e.g. to count who is online. */
    List<Agent> withPresence(Presence presence);

    /** Changes an agent's presence; the time is kept for the disconnect timeout. */
    void presence(String username, Presence presence, Instant at);
}
