package dev.tact.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The customer turns of a conversation so far, read from its messages in this one place: what the bot replied to
 * each turn, how many turns in a row it failed on, how many clarifying questions in a row it just asked. The
 * analyzers put these figures in the analysis (the turn records keep them for the agent); the policy reads the
 * clarifying questions from here.
 */
public final class TurnHistory {

    /** A customer message and what the bot replied to it: the intent it answered (or empty), whether it asked back. */
    public record Turn(Message customer, String answeredIntent, boolean clarified) {
        public Turn {
            Objects.requireNonNull(customer, "customer must not be null");
            Objects.requireNonNull(answeredIntent, "answeredIntent must not be null");
        }
    }

    private final List<Message> messages;
    private final List<Turn> turns;

    private TurnHistory(List<Message> messages, List<Turn> turns) {
        this.messages = messages;
        this.turns = turns;
    }

    /** @param history the conversation's messages, oldest first */
    public static TurnHistory of(List<Message> history) {
        List<Turn> turns = new ArrayList<>();
        Message customer = null;
        String answered = "";
        boolean clarified = false;
        for (Message message : history) {
            if (message.role() == Role.CUSTOMER) {
                if (customer != null) {
                    turns.add(new Turn(customer, answered, clarified));
                }
                customer = message;
                answered = "";
                clarified = false;
            } else if (message.role() == Role.BOT && customer != null) {
                if (message.kind() == MessageKind.ANSWER) {
                    answered = message.intent();
                }
                clarified |= message.kind() == MessageKind.CLARIFY;
            }
        }
        if (customer != null) {
            turns.add(new Turn(customer, answered, clarified));
        }
        return new TurnHistory(List.copyOf(history), List.copyOf(turns));
    }

    /** The customer's turns, oldest first. */
    public List<Turn> turns() {
        return turns;
    }

    /** The intent the bot last answered before turn {@code end}, or empty. */
    public String previousAnswer(int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (!turns.get(i).answeredIntent().isEmpty()) {
                return turns.get(i).answeredIntent();
            }
        }
        return "";
    }

    /** Whether {@code intent} asks again for {@code lastAnswered}: the same intent, and not a conversational one. */
    public static boolean repeats(String lastAnswered, String intent, Set<String> conversational) {
        return !lastAnswered.isEmpty() && !conversational.contains(lastAnswered) && lastAnswered.equals(intent);
    }

    /**
     * The customer's latest turns in a row that the bot failed on: it asked back, or answered the intent it had just
     * answered (the customer asked again or said it did not help).
     *
     * @param conversational intents never counted as asked again (greetings, thanks, goodbyes)
     */
    public int failuresInARow(Set<String> conversational) {
        int failures = 0;
        for (int i = turns.size() - 1; i >= 0; i--) {
            Turn turn = turns.get(i);
            boolean repeated = repeats(previousAnswer(i), turn.answeredIntent(), conversational);
            if (!turn.clarified() && !repeated) {
                break;
            }
            failures++;
        }
        return failures;
    }

    /** How often the bot asked back in the whole conversation. */
    public int fallbacks() {
        return (int) turns.stream().filter(Turn::clarified).count();
    }

    /** How many of the latest replies (bot, system or agent) in a row asked the customer what a message was about. */
    public int clarificationsInARow() {
        int count = 0;
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (message.role() == Role.CUSTOMER) {
                continue;
            }
            if (message.kind() != MessageKind.CLARIFY) {
                break;
            }
            count++;
        }
        return count;
    }
}
