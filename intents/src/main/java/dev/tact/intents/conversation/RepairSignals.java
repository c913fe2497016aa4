package dev.tact.intents.conversation;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Detector;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds {@link Signals#REPAIR}: how likely this turn says the bot's last answer did not help or missed the point,
 * contradicts it, or asks the question again. It is only read when the bot's latest message answered a request (an
 * {@link MessageKind#ANSWER} of an intent that is not conversational: after "Hello! What can I help you with?" or
 * "You're welcome!" there is nothing to repair) and the customer's message it answered is in the history; otherwise
 * it is 0.
 * <p>
 * With a {@link RepairModel}, the model's probability from the previous customer turn, the answer and this turn.
 * Without one ({@code OPENNLP_ONLY}, no sentence encoder), the larger of {@link Signals#NOT_HELPED} and
 * {@link Signals#REPEATED_INTENT}, so it must run after {@link ConversationSignals}.
 */
public final class RepairSignals implements Detector {

    private final Optional<RepairModel> model;
    private final Set<String> conversational;

    /**
     * @param model          the trained model, or empty for the fallback
     * @param conversational the domain's conversational intents (greeting, thanks, goodbye)
     */
    public RepairSignals(Optional<RepairModel> model, Set<String> conversational) {
        this.model = Objects.requireNonNull(model, "model must not be null");
        this.conversational = Set.copyOf(Objects.requireNonNull(conversational, "conversational must not be null"));
    }

    @Override
    public Analysis detect(String text, List<Message> history, Analysis analysis) {
        double repair = answered(history).map(exchange -> model
                .map(m -> m.probability(exchange.question().text(), exchange.answer().text(), text))
                .orElseGet(() -> Math.max(Signals.value(analysis, Signals.NOT_HELPED),
                        Signals.value(analysis, Signals.REPEATED_INTENT))))
                .orElse(0.0);
        return analysis.withSignals(Map.of(Signals.REPAIR, repair));
    }

    /** The bot's latest message, when it answered a request, with the customer's message it answered. */
    Optional<Exchange> answered(List<Message> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Message message = history.get(i);
            if (message.role() == Role.CUSTOMER) {
                continue;
            }
            if (message.role() != Role.BOT || message.kind() != MessageKind.ANSWER
                    || conversational.contains(message.intent())) {
                return Optional.empty();
            }
            for (int j = i - 1; j >= 0; j--) {
                if (history.get(j).role() == Role.CUSTOMER) {
                    return Optional.of(new Exchange(history.get(j), message));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A customer's message and the bot's answer to it. */
    record Exchange(Message question, Message answer) {
        Exchange {
            Objects.requireNonNull(question, "question must not be null");
            Objects.requireNonNull(answer, "answer must not be null");
        }
    }
}
