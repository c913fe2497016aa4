package dev.tact.channels.web;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Which customer message the web chat's turn in progress answers, per conversation: the controller opens the
 * turn around the engine's call, and the stream (which the in-process event bus calls on the same thread, while
 * the turn runs) tags the bot's and the system's replies with the customer's {@code clientMessageId}. The engine
 * runs one turn per conversation at a time, so one entry per conversation is enough.
 */
@Singleton
public class WebChatTurns {

    private final Map<String, String> open = new ConcurrentHashMap<>();

    /** Runs {@code turn} with replies to conversation {@code conversationId} tagged with {@code clientMessageId}. */
    public <T> T during(String conversationId, String clientMessageId, Supplier<T> turn) {
        open.put(conversationId, clientMessageId);
        try {
            return turn.get();
        } finally {
            open.remove(conversationId, clientMessageId);
        }
    }

    /** The {@code clientMessageId} of the customer message whose turn is running in the conversation, if any. */
    public Optional<String> answering(String conversationId) {
        return Optional.ofNullable(open.get(conversationId));
    }
}
