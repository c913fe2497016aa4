package dev.tact.core.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conversation store in memory, for the {@code simulate} command and tests. Nothing survives the process.
 */
public final class InMemoryConversationStore implements ConversationStore {

    private final Map<String, Conversation> conversations = new HashMap<>();
    private final Map<String, List<Message>> messages = new HashMap<>();
    private long nextSeq = 1;

    @Override
    public synchronized Conversation create(Conversation conversation) {
        if (findByExternalUser(conversation.channel(), conversation.externalUserId()).isPresent()) {
            throw new DuplicateConversationException(conversation.channel(), conversation.externalUserId());
        }
        if (conversations.putIfAbsent(conversation.id(), conversation) != null) {
            throw new IllegalArgumentException("conversation id " + conversation.id() + " is taken");
        }
        messages.put(conversation.id(), new ArrayList<>());
        return conversation;
    }

    @Override
    public synchronized Optional<Conversation> find(String conversationId) {
        return Optional.ofNullable(conversations.get(conversationId));
    }

    @Override
    public synchronized Optional<Conversation> findByExternalUser(Channel channel, String externalUserId) {
        return conversations.values().stream()
                .filter(c -> c.channel() == channel && c.externalUserId().equals(externalUserId))
                .findFirst();
    }

    @Override
    public synchronized Optional<Message> append(Message message) {
        List<Message> list = messages.get(message.conversationId());
        if (list == null) {
            throw new ConversationNotFoundException(message.conversationId());
        }
        if (!message.externalId().isEmpty()
                && findByExternalId(message.conversationId(), message.externalId()).isPresent()) {
            return Optional.empty();
        }
        Message stored = message.withSeq(nextSeq++);
        list.add(stored);
        conversations.computeIfPresent(message.conversationId(),
                (id, c) -> new Conversation(c.id(), c.channel(), c.externalUserId(), c.customerName(),
                        c.accessTokenHash(), c.state(), c.createdAt(), message.at()));
        return Optional.of(stored);
    }

    @Override
    public synchronized Optional<Message> findByExternalId(String conversationId, String externalId) {
        return messages.getOrDefault(conversationId, List.of()).stream()
                .filter(m -> !externalId.isEmpty() && m.externalId().equals(externalId))
                .findFirst();
    }

    @Override
    public synchronized List<Message> messages(String conversationId) {
        return List.copyOf(messages.getOrDefault(conversationId, List.of()));
    }

    @Override
    public synchronized List<Message> messagesAfter(String conversationId, long seq) {
        return messages.getOrDefault(conversationId, List.of()).stream().filter(m -> m.seq() > seq).toList();
    }

    /**
     * Moves a conversation from one state to another, atomically: false and nothing changed when it is not in the
     * expected state. Not part of {@link ConversationStore}: only the in-memory handoff side calls it, as the
     * one writer of state.
     */
    public synchronized boolean transition(String conversationId, ConversationState expected,
                                           ConversationState next, Instant at) {
        Conversation current = conversations.get(conversationId);
        if (current == null || current.state() != expected) {
            return false;
        }
        conversations.put(conversationId, current.withState(next, at));
        return true;
    }
}
