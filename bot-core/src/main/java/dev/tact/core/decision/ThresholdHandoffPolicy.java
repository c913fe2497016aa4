package dev.tact.core.decision;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The handoff policy: a person takes over on an explicit request, an upset customer, an intent marked
 * always-human, an intent the bot has no answer for, or when the bot has already asked the customer to rephrase
 * as often as allowed. An unsure understanding (low confidence, small margin, out of scope) first makes the bot
 * ask again; it never guesses. Intents marked never-human are answered despite a small margin once their own
 * confidence is enough; intents with a stricter minimum confidence need it.
 */
public final class ThresholdHandoffPolicy implements HandoffPolicy {

    static final String CLARIFY_PROMPT =
            "I'm sorry, I'm not sure I understood. Could you say it another way, in a sentence or two?";

    private final PolicySettings settings;
    private final ResponseCatalog responses;

    public ThresholdHandoffPolicy(PolicySettings settings, ResponseCatalog responses) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.responses = Objects.requireNonNull(responses, "responses must not be null");
    }

    @Override
    public Decision decide(Conversation conversation, Analysis analysis, List<Message> history) {
        IntentScore top = analysis.top();
        if (top.intent().equals(settings.humanRequestIntent()) && top.probability() >= settings.minConfidence()) {
            return new Decision.Escalate(List.of(new HandoffReason("human_request", top.probability(),
                    settings.minConfidence(), "the customer asked for a person")), 50);
        }
        if (analysis.sentiment() <= settings.sentimentFloor()) {
            int priority = 60 + (int) Math.round(30 * Math.min(1, -analysis.sentiment()));
            return new Decision.Escalate(List.of(new HandoffReason("negative_sentiment", analysis.sentiment(),
                    settings.sentimentFloor(), "the customer sounds upset")), priority);
        }
        List<HandoffReason> doubts = doubts(analysis, top);
        if (!doubts.isEmpty()) {
            int asked = clarificationsInARow(history);
            if (asked >= settings.maxClarifications()) {
                List<HandoffReason> reasons = new ArrayList<>(doubts);
                reasons.add(new HandoffReason("repeated_failure", asked + 1, settings.maxClarifications() + 1,
                        "the bot did not understand " + (asked + 1) + " times in a row"));
                return new Decision.Escalate(reasons, 40);
            }
            return new Decision.Clarify(CLARIFY_PROMPT, doubts);
        }
        if (settings.alwaysHuman().contains(top.intent())) {
            return new Decision.Escalate(List.of(new HandoffReason("always_human_intent", top.probability(),
                    settings.minConfidence(), "intent " + top.intent() + " is always handled by a person")), 30);
        }
        return responses.responseFor(top.intent())
                .<Decision>map(text -> new Decision.Answer(top.intent(), top.probability(), text))
                .orElseGet(() -> new Decision.Escalate(List.of(new HandoffReason("no_answer", top.probability(),
                        settings.minConfidence(), "the bot has no answer for intent " + top.intent())), 30));
    }

    private List<HandoffReason> doubts(Analysis analysis, IntentScore top) {
        List<HandoffReason> doubts = new ArrayList<>();
        double minConfidence = settings.minConfidenceFor(top.intent());
        if (top.probability() < minConfidence) {
            doubts.add(new HandoffReason("low_confidence", top.probability(), minConfidence,
                    "the best intent is " + top.intent() + " but the bot is not confident"));
        } else if (analysis.margin() < settings.minMargin() && !settings.neverHuman().contains(top.intent())) {
            doubts.add(new HandoffReason("small_margin", analysis.margin(), settings.minMargin(),
                    "two intents are almost equally likely"));
        }
        if (analysis.outOfScope() > settings.maxOutOfScope()) {
            doubts.add(new HandoffReason("out_of_scope", analysis.outOfScope(), settings.maxOutOfScope(),
                    "the message looks outside what the bot knows"));
        }
        return doubts;
    }

    /** How many of the bot's latest replies in a row asked the customer to rephrase. */
    static int clarificationsInARow(List<Message> history) {
        int count = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            Message message = history.get(i);
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
