package dev.tact.core.handoff;

import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.InMemoryConversationStore;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A handoff queue in memory, for the {@code simulate} command and tests: most urgent first, then longest
 * waiting. It has no handling history, so it gives no wait estimate. Like every {@link HandoffQueue} it writes the
 * conversations' state, here in the {@link InMemoryConversationStore} it is given.
 */
public final class InMemoryHandoffQueue implements HandoffQueue {

    static final Comparator<HandoffRequest> ORDER = Comparator.comparingInt(HandoffRequest::priority).reversed()
            .thenComparing(HandoffRequest::requestedAt);

    private final InMemoryConversationStore conversations;
    private final Map<String, HandoffRequest> waiting = new LinkedHashMap<>();

    public InMemoryHandoffQueue(InMemoryConversationStore conversations) {
        this.conversations = Objects.requireNonNull(conversations, "conversations must not be null");
    }

    @Override
    public synchronized QueueTicket enqueue(HandoffRequest request) {
        HandoffRequest earlier = waiting.get(request.conversationId());
        if (earlier != null) {
            waiting.put(request.conversationId(), new HandoffRequest(request.conversationId(), request.reasons(),
                    request.priority(), request.team(), earlier.requestedAt()));
        } else if (conversations.transition(request.conversationId(), ConversationState.BOT,
                ConversationState.QUEUED, request.requestedAt())) {
            waiting.put(request.conversationId(), request);
        } else {
            throw new IllegalStateException("conversation " + request.conversationId() + " is not the bot's");
        }
        return ticket(request.conversationId()).orElseThrow();
    }

    @Override
    public synchronized Optional<QueueTicket> ticket(String conversationId) {
        HandoffRequest mine = waiting.get(conversationId);
        if (mine == null) {
            return Optional.empty();
        }
        long ahead = waiting.values().stream().filter(other -> ORDER.compare(other, mine) < 0).count();
        return Optional.of(new QueueTicket((int) ahead + 1, Optional.empty()));
    }

    @Override
    public boolean reopen(String conversationId, Instant at) {
        return conversations.transition(conversationId, ConversationState.CLOSED, ConversationState.BOT, at);
    }

    /**
     * Takes a waiting conversation out of the line and gives it to {@code next}: an agent took it
     * ({@link ConversationState#AGENT}) or the customer left ({@link ConversationState#CLOSED}). False when it
     * was not waiting.
     */
    public synchronized boolean take(String conversationId, ConversationState next, Instant at) {
        if (!waiting.containsKey(conversationId)
                || !conversations.transition(conversationId, ConversationState.QUEUED, next, at)) {
            return false;
        }
        waiting.remove(conversationId);
        return true;
    }

    /** Ends the stay with a person of a conversation an agent took: back to the bot, or closed. */
    public boolean finish(String conversationId, ConversationState next, Instant at) {
        return conversations.transition(conversationId, ConversationState.AGENT, next, at);
    }

    /** The waiting conversations, most urgent first. */
    public synchronized List<HandoffRequest> waiting() {
        return waiting.values().stream().sorted(ORDER).toList();
    }
}
