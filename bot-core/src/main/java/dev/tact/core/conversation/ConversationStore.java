package dev.tact.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable storage of conversations and their messages. Every write is durable when the call returns.
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

    /**
     * Moves a conversation from one state to another, atomically: returns false and changes nothing when the
     * conversation is not in the expected state.
     */
    boolean transition(String conversationId, ConversationState expected, ConversationState next, Instant at);
}
