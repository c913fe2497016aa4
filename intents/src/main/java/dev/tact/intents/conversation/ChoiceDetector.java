package dev.tact.intents.conversation;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Detector;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Choice;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.Role;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a reply to the choices the bot's last message offered. A picked topic ({@code intent:…}) is what the
 * customer means: the analysis then holds that intent for certain. A picked person, or a typed "yes" (the domain's
 * affirming intent) to a message that offered one, sets {@link Signals#OFFER_ACCEPTED}. "No, thanks" is the
 * thanks it says. Anything else is left as the classifier read it.
 */
public final class ChoiceDetector implements Detector {

    private final String affirmIntent;
    private final String thanksIntent;

    /**
     * @param affirmIntent the domain's intent for "yes please" (no effect when the domain has none)
     * @param thanksIntent the intent that "No, thanks" means
     */
    public ChoiceDetector(String affirmIntent, String thanksIntent) {
        this.affirmIntent = Objects.requireNonNull(affirmIntent, "affirmIntent must not be null");
        this.thanksIntent = Objects.requireNonNull(thanksIntent, "thanksIntent must not be null");
    }

    @Override
    public Analysis detect(String text, List<Message> history, Analysis analysis) {
        List<Choice> offered = lastBotMessage(history).map(Message::choices).orElse(List.of());
        if (offered.isEmpty()) {
            return analysis;
        }
        Optional<Choice> picked = offered.stream().filter(choice -> choice.pickedBy(text)).findFirst();
        if (picked.isEmpty()) {
            boolean personOffered = offered.stream().anyMatch(choice -> choice.id().equals(Choice.PERSON));
            return personOffered && analysis.top().intent().equals(affirmIntent)
                    ? analysis.withSignal(Signals.OFFER_ACCEPTED, analysis.top().probability())
                    : analysis;
        }
        Choice choice = picked.get();
        if (choice.id().equals(Choice.PERSON)) {
            return analysis.withSignals(Map.of(Signals.CHOSEN, 1.0, Signals.OFFER_ACCEPTED, 1.0));
        }
        String intent = choice.intent().orElse(choice.id().equals(Choice.NO) ? thanksIntent : "");
        if (intent.isEmpty()) {
            return analysis;
        }
        return new Analysis(List.of(new IntentScore(intent, 1.0)), 0.0, analysis.sentiment(), analysis.emotions(),
                analysis.signals(), analysis.analyzer()).withSignal(Signals.CHOSEN, 1.0);
    }

    private static Optional<Message> lastBotMessage(List<Message> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Message message = history.get(i);
            if (message.role() == Role.CUSTOMER) {
                return Optional.empty();
            }
            if (message.role() == Role.BOT) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }
}
