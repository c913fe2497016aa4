package dev.tact.core.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Durable storage of conversations and their messages. Every write is durable when the call returns. A
 * conversation's state is stored here but written, after {@link #create}, only by the handoff side
 * ({@link dev.tact.core.handoff.HandoffQueue}), together with the handoff that changes it.
 */
public interface ConversationStore {

    /** Stores a new conversation; fails with {@link DuplicateConversationException} if its channel user exists. */
    Conversation create(Conversation conversation);

    Optional<Conversation> find(String conversationId);

    Optional<Conversation> findByExternalUser(Channel channel, String externalUserId);

    /**
     * Appends a message and returns it with its sequence number, or an empty result when a message with the same
     * non-empty external id is already stored for this conversation (a redelivery).
     */
    Optional<Message> append(Message message);

    /** The stored message with this external id, if any. */
    Optional<Message> findByExternalId(String conversationId, String externalId);

    /** All messages of a conversation in the order they were stored. */
    List<Message> messages(String conversationId);

    /** Messages stored after the given sequence number, in order. */
    List<Message> messagesAfter(String conversationId, long seq);
}
