package dev.tact.channels.web;

import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which customer message the web chat's turn in progress answers: the controller opens the turn around the
 * engine's call, and the stream tags the bot's and the system's replies with the customer's
 * {@code clientMessageId}. The in-process event bus calls the stream on the thread that runs the turn, so the turn
 * is kept per thread: two tabs posting to one conversation at once each get their own id on their replies.
 */
@Singleton
public class WebChatTurns {

    private record Turn(String conversationId, String clientMessageId) {
    }

    private final ThreadLocal<Turn> current = new ThreadLocal<>();

    /** Runs {@code turn} with replies to conversation {@code conversationId} tagged with {@code clientMessageId}. */
    public <T> T during(String conversationId, String clientMessageId, Supplier<T> turn) {
        Turn outer = current.get();
        current.set(new Turn(conversationId, clientMessageId));
        try {
            return turn.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    /** The {@code clientMessageId} of the customer message whose turn in the conversation runs on this thread. */
    public Optional<String> answering(String conversationId) {
        Turn turn = current.get();
        return turn != null && turn.conversationId().equals(conversationId)
                ? Optional.of(turn.clientMessageId()) : Optional.empty();
    }
}
