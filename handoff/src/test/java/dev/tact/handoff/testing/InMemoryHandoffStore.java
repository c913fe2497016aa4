package dev.tact.handoff.testing;

import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.InMemoryConversationStore;
import dev.tact.handoff.queue.AgentHoldings;
import dev.tact.handoff.queue.ClaimOutcome;
import dev.tact.handoff.queue.Handoff;
import dev.tact.handoff.queue.HandoffHistory;
import dev.tact.handoff.queue.HandoffLine;
import dev.tact.handoff.queue.HandoffState;
import dev.tact.handoff.queue.SatisfactionRatings;
import dev.tact.handoff.queue.ToldPositions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The handoff ports in memory, for tests of the queue logic without a database: one lock makes every change
 * atomic, and each change of a handoff moves its conversation's state in the {@link InMemoryConversationStore}
 * under the same lock, both or neither, as the JDBC store does in one transaction.
 */
public final class InMemoryHandoffStore
        implements HandoffLine, AgentHoldings, HandoffHistory, ToldPositions, SatisfactionRatings {

    private final InMemoryConversationStore conversations;
    private final Map<String, Handoff> handoffs = new LinkedHashMap<>();
    private final Map<String, Instant> claimedAt = new HashMap<>();
    private final Set<String> holders = new HashSet<>();
    private final Map<String, Integer> ratings = new HashMap<>();

    public InMemoryHandoffStore(InMemoryConversationStore conversations) {
        this.conversations = conversations;
    }

    @Override
    public synchronized Handoff enqueue(Handoff handoff) {
        Optional<Handoff> open = open(handoff.conversationId());
        if (open.isPresent() && open.get().state() == HandoffState.WAITING) {
            Handoff waiting = open.get();
            return put(new Handoff(waiting.id(), waiting.conversationId(), waiting.state(), handoff.team(),
                    handoff.priority(), handoff.reasons(), waiting.requestedAt(), waiting.agent(),
                    waiting.assignedTo(), waiting.note(), waiting.firstClaimedAt(), waiting.resolvedAt(),
                    waiting.outcome(), waiting.toldPosition()));
        }
        if (open.isPresent() || !conversations.transition(handoff.conversationId(), ConversationState.BOT,
                ConversationState.QUEUED, handoff.requestedAt())) {
            throw new IllegalStateException("conversation " + handoff.conversationId() + " is not the bot's");
        }
        return put(new Handoff(handoff.id(), handoff.conversationId(), HandoffState.WAITING, handoff.team(),
                handoff.priority(), handoff.reasons(), handoff.requestedAt(), "", "", "", Optional.empty(),
                Optional.empty(), "", 0));
    }

    private Handoff put(Handoff handoff) {
        handoffs.put(handoff.id(), handoff);
        return handoff;
    }

    @Override
    public synchronized Optional<Handoff> open(String conversationId) {
        return handoffs.values().stream()
                .filter(handoff -> handoff.conversationId().equals(conversationId) && handoff.state().open())
                .findFirst();
    }

    @Override
    public synchronized List<Handoff> waiting() {
        return handoffs.values().stream().filter(handoff -> handoff.state() == HandoffState.WAITING).toList();
    }

    @Override
    public synchronized ClaimOutcome claim(String conversationId, String agent, int capacity, Instant at) {
        if (heldBy(agent).size() >= capacity) {
            return ClaimOutcome.AT_CAPACITY;
        }
        Optional<Handoff> open = open(conversationId).filter(handoff -> handoff.state() == HandoffState.WAITING)
                .filter(handoff -> handoff.assignedTo().isEmpty() || handoff.assignedTo().equals(agent));
        if (open.isEmpty() || !conversations.transition(conversationId, ConversationState.QUEUED,
                ConversationState.AGENT, at)) {
            return ClaimOutcome.TAKEN;
        }
        Handoff waiting = open.get();
        put(new Handoff(waiting.id(), conversationId, HandoffState.CLAIMED, waiting.team(), waiting.priority(),
                waiting.reasons(), waiting.requestedAt(), agent, "", waiting.note(),
                Optional.of(waiting.firstClaimedAt().orElse(at)), Optional.empty(), "", waiting.toldPosition()));
        claimedAt.put(waiting.id(), at);
        holders.add(conversationId + '\u0000' + agent);
        return ClaimOutcome.CLAIMED;
    }

    private Optional<Handoff> heldOpen(String conversationId, String agent) {
        return open(conversationId)
                .filter(handoff -> handoff.state() == HandoffState.CLAIMED && handoff.agent().equals(agent));
    }

    @Override
    public synchronized boolean requeue(String conversationId, String agent, String team, String assignedTo,
                                        String note, Instant at) {
        Optional<Handoff> held = heldOpen(conversationId, agent);
        if (held.isEmpty() || !conversations.transition(conversationId, ConversationState.AGENT,
                ConversationState.QUEUED, at)) {
            return false;
        }
        Handoff claimed = held.get();
        put(new Handoff(claimed.id(), conversationId, HandoffState.WAITING, team, claimed.priority(),
                claimed.reasons(), claimed.requestedAt(), claimed.agent(), assignedTo, note,
                claimed.firstClaimedAt(), Optional.empty(), "", 0));
        claimedAt.remove(claimed.id());
        return true;
    }

    @Override
    public synchronized Optional<Handoff> resolve(String conversationId, String agent, ConversationState next,
                                                  Instant at) {
        Optional<Handoff> held = heldOpen(conversationId, agent);
        if (held.isEmpty() || !conversations.transition(conversationId, ConversationState.AGENT, next, at)) {
            return Optional.empty();
        }
        return Optional.of(end(held.get(), HandoffState.RESOLVED,
                next == ConversationState.BOT ? "returned_to_bot" : "closed", at));
    }

    @Override
    public synchronized Optional<Handoff> abandon(String conversationId, Instant at) {
        Optional<Handoff> waiting = open(conversationId).filter(handoff -> handoff.state() == HandoffState.WAITING);
        if (waiting.isEmpty() || !conversations.transition(conversationId, ConversationState.QUEUED,
                ConversationState.CLOSED, at)) {
            return Optional.empty();
        }
        return Optional.of(end(waiting.get(), HandoffState.ABANDONED, "abandoned", at));
    }

    private Handoff end(Handoff open, HandoffState state, String outcome, Instant at) {
        claimedAt.remove(open.id());
        return put(new Handoff(open.id(), open.conversationId(), state, open.team(), open.priority(),
                open.reasons(), open.requestedAt(), open.agent(), open.assignedTo(), open.note(),
                open.firstClaimedAt(), Optional.of(at), outcome, open.toldPosition()));
    }

    @Override
    public boolean reopen(String conversationId, Instant at) {
        return conversations.transition(conversationId, ConversationState.CLOSED, ConversationState.BOT, at);
    }

    @Override
    public synchronized List<Handoff> heldBy(String agent) {
        return handoffs.values().stream()
                .filter(handoff -> handoff.state() == HandoffState.CLAIMED && handoff.agent().equals(agent))
                .sorted(Comparator.comparing(handoff -> claimedAt.get(handoff.id())))
                .toList();
    }

    @Override
    public synchronized boolean heldEver(String conversationId, String agent) {
        return holders.contains(conversationId + '\u0000' + agent);
    }

    @Override
    public synchronized Optional<Handoff> latest(String conversationId) {
        List<Handoff> mine = new ArrayList<>(handoffs.values().stream()
                .filter(handoff -> handoff.conversationId().equals(conversationId)).toList());
        return mine.stream().max(Comparator.comparing(Handoff::requestedAt)
                .thenComparing(handoff -> handoff.resolvedAt().orElse(handoff.requestedAt())));
    }

    @Override
    public synchronized List<Handoff> resolvedSince(Instant since, int limit) {
        return handoffs.values().stream().filter(handoff -> handoff.state() == HandoffState.RESOLVED)
                .filter(handoff -> !handoff.resolvedAt().orElseThrow().isBefore(since))
                .sorted(Comparator.comparing((Handoff handoff) -> handoff.resolvedAt().orElseThrow()).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized void told(String handoffId, int position) {
        Handoff handoff = handoffs.get(handoffId);
        if (handoff != null) {
            put(new Handoff(handoff.id(), handoff.conversationId(), handoff.state(), handoff.team(),
                    handoff.priority(), handoff.reasons(), handoff.requestedAt(), handoff.agent(),
                    handoff.assignedTo(), handoff.note(), handoff.firstClaimedAt(), handoff.resolvedAt(),
                    handoff.outcome(), position));
        }
    }

    @Override
    public synchronized boolean rate(String handoffId, int score, Instant at) {
        Handoff handoff = handoffs.get(handoffId);
        if (handoff == null || handoff.state() != HandoffState.RESOLVED || ratings.containsKey(handoffId)) {
            return false;
        }
        ratings.put(handoffId, score);
        return true;
    }
}
