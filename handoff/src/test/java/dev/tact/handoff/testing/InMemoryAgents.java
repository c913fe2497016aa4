package dev.tact.handoff.testing;

import dev.tact.handoff.queue.Agent;
import dev.tact.handoff.queue.AgentDirectory;
import dev.tact.handoff.queue.Presence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Agents in memory, for tests; new agents start offline. */
public final class InMemoryAgents implements AgentDirectory {

    private final Map<String, Agent> agents = new ConcurrentHashMap<>();

    public void add(String username, int capacity, Instant at, String... teams) {
        agents.put(username, new Agent(username, Set.of(teams), capacity, Presence.OFFLINE, at));
    }

    @Override
    public Optional<Agent> find(String username) {
        return Optional.ofNullable(agents.get(username));
    }

    @Override
    public List<Agent> withPresence(Presence presence) {
        return agents.values().stream().filter(agent -> agent.presence() == presence).toList();
    }

    @Override
    public void presence(String username, Presence presence, Instant at) {
        agents.computeIfPresent(username,
                (name, agent) -> new Agent(name, agent.teams(), agent.capacity(), presence, at));
    }
}
