package dev.tact.intents.conversation;

import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.intents.classify.IntentPrediction;

import java.util.List;
import java.util.Optional;

/**
 * When a customer message may continue the previous question, and which question that is: the intent analyzer
 * reads such a follow-up together with that question ({@code Signals.FOLLOW_UP}).
 */
public final class FollowUps {

    /** A follow-up is short: at most this many words. */
    static final int MAX_WORDS = 12;
    /** …and the classifier is unsure of it on its own: its best intent below this probability… */
    static final double UNSURE = 0.6;
    /** …and it is not out of scope on its own (the out-of-scope class does not win). */
    static final double OUT_OF_SCOPE = 0.5;

    private FollowUps() {
    }

    public static boolean mayContinue(String text, IntentPrediction alone) {
        return alone.top().probability() < UNSURE
                && alone.outOfScope() < OUT_OF_SCOPE && text.strip().split("\\s+").length <= MAX_WORDS;
    }

    /**
     * The customer's previous message when the bot answered it with an intent's answer (the message right before
     * the bot's last answer); empty when the last bot turn was anything else.
     */
    public static Optional<String> previousQuestion(List<Message> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Message message = history.get(i);
            if (message.role() == Role.CUSTOMER) {
                return Optional.empty();
            }
            if (message.role() == Role.BOT) {
                if (message.kind() != MessageKind.ANSWER || i == 0) {
                    return Optional.empty();
                }
                Message before = history.get(i - 1);
                return before.role() == Role.CUSTOMER ? Optional.of(before.text()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
