package dev.tact.core.decision;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The handoff policy. In order, a person takes over on: a sensitive situation (top of the queue); an explicit request
 * for a person; a clearly upset customer; a falling sentiment trend; the bot failing the customer twice in a row;
 * a message that asks for several things at once or is hedged, conditional or makes an exception; an intent marked
 * always-human, or one the bot has no answer for. An unsure understanding (low confidence, small margin, out of
 * scope) or a first "that did not help" makes the bot ask again instead of guessing, as often as allowed. Otherwise
 * the bot answers, acknowledging mild irritation first. Every reason names its figure and the threshold it crossed.
 */
public final class ThresholdHandoffPolicy implements HandoffPolicy {

    static final String CLARIFY_PROMPT =
            "I'm sorry, I'm not sure I understood. Could you say it another way, in a sentence or two?";
    static final String NOT_HELPED_PROMPT = "I'm sorry that didn't help. Could you tell me a bit more about what's "
            + "still going wrong, so I can get it right or find you a person?";
    static final String AGAIN_PREFACE = "Sorry if my last answer didn't help.";

    /** Prefaces of an answer to a mildly upset customer, by emotion class; the first matching class wins. */
    static final Map<String, String> EMPATHY = Map.of(
            "anger_frustration", "I'm sorry this has been frustrating.",
            "sadness_disappointment", "I'm sorry it's been disappointing.",
            "fear_anxiety", "I understand this is worrying.");
    static final String EMPATHY_DEFAULT = "I'm sorry about the trouble.";

    /** Queue priorities, 0..100: sensitive situations first, then the upset, then everyone else. */
    static final int PRIORITY_SELF_HARM = 100;
    static final int PRIORITY_ABUSE = 95;
    static final int PRIORITY_SENSITIVE = 90;
    static final int PRIORITY_EMOTION = 60;
    static final int PRIORITY_TREND = 55;
    static final int PRIORITY_HUMAN_REQUEST = 50;
    static final int PRIORITY_REPEATED_FAILURE = 45;
    static final int PRIORITY_AMBIGUOUS = 35;
    static final int PRIORITY_ROUTINE = 30;

    private final PolicySettings settings;
    private final ResponseCatalog responses;

    public ThresholdHandoffPolicy(PolicySettings settings, ResponseCatalog responses) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.responses = Objects.requireNonNull(responses, "responses must not be null");
    }

    /** The thresholds in force. */
    public PolicySettings settings() {
        return settings;
    }

    @Override
    public Decision decide(Conversation conversation, Analysis analysis, List<Message> history) {
        IntentScore top = analysis.top();
        Optional<Decision> person = sensitive(analysis)
                .or(() -> humanRequest(analysis))
                .or(() -> upset(analysis))
                .or(() -> trend(analysis))
                .or(() -> repeatedFailure(analysis, top))
                .or(() -> ambiguous(analysis));
        if (person.isPresent()) {
            return person.get();
        }
        List<HandoffReason> doubts = doubts(analysis, top);
        if (doubts.isEmpty() && top.intent().equals(settings.notHelpedIntent())) {
            doubts = List.of(new HandoffReason("not_helped", top.probability(), settings.minConfidence(),
                    "the customer says the last answer did not help"));
        }
        if (!doubts.isEmpty()) {
            int asked = clarificationsInARow(history);
            if (asked >= settings.maxClarifications()) {
                List<HandoffReason> reasons = new ArrayList<>(doubts);
                reasons.add(new HandoffReason("repeated_failure", asked + 1, settings.maxClarifications() + 1,
                        "the bot did not understand " + (asked + 1) + " times in a row"));
                return new Decision.Escalate(reasons, PRIORITY_REPEATED_FAILURE);
            }
            String prompt = top.intent().equals(settings.notHelpedIntent()) && doubts.size() == 1
                    && doubts.get(0).signal().equals("not_helped") ? NOT_HELPED_PROMPT : CLARIFY_PROMPT;
            return new Decision.Clarify(prompt, doubts);
        }
        if (settings.alwaysHuman().contains(top.intent())) {
            return new Decision.Escalate(List.of(new HandoffReason("always_human_intent", top.probability(),
                    settings.minConfidence(), "intent " + top.intent() + " is always handled by a person")),
                    PRIORITY_ROUTINE);
        }
        return responses.responseFor(top.intent())
                .<Decision>map(text -> new Decision.Answer(top.intent(), top.probability(), preface(analysis) + text))
                .orElseGet(() -> new Decision.Escalate(List.of(new HandoffReason("no_answer", top.probability(),
                        settings.minConfidence(), "the bot has no answer for intent " + top.intent())),
                        PRIORITY_ROUTINE));
    }

    private Optional<Decision> sensitive(Analysis analysis) {
        double score = Signals.value(analysis, Signals.SENSITIVE);
        if (score < settings.sensitiveThreshold()) {
            return Optional.empty();
        }
        List<String> situations = analysis.signals().entrySet().stream()
                .filter(e -> e.getKey().startsWith(Signals.SENSITIVE_PREFIX) && e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> e.getKey().substring(Signals.SENSITIVE_PREFIX.length()))
                .toList();
        int priority = situations.contains("self_harm") ? PRIORITY_SELF_HARM
                : situations.contains("abuse") ? PRIORITY_ABUSE : PRIORITY_SENSITIVE;
        String detail = situations.isEmpty() ? "a sensitive situation"
                : "a sensitive situation: " + String.join(", ", situations);
        return Optional.of(new Decision.Escalate(List.of(new HandoffReason("sensitive", score,
                settings.sensitiveThreshold(), detail)), priority, sensitiveResponse(analysis, situations)));
    }

    /** The domain's own words for the most likely sensitive intent, when it has them ("I'm so sorry for your loss"). */
    private String sensitiveResponse(Analysis analysis, List<String> situations) {
        return situations.stream().filter(situation -> analysis.probabilityOf(situation) > 0)
                .findFirst()
                .flatMap(responses::responseFor)
                .orElse("");
    }

    private Optional<Decision> humanRequest(Analysis analysis) {
        double p = analysis.probabilityOf(settings.humanRequestIntent());
        boolean wins = analysis.top().intent().equals(settings.humanRequestIntent());
        if (p < settings.humanRequestConfidence() || !(wins || p >= settings.minConfidence())) {
            return Optional.empty();
        }
        return Optional.of(new Decision.Escalate(List.of(new HandoffReason("human_request", p,
                settings.humanRequestConfidence(), "the customer asked for a person")), PRIORITY_HUMAN_REQUEST));
    }

    private Optional<Decision> upset(Analysis analysis) {
        double emotion = Signals.value(analysis, Signals.EMOTION);
        if (emotion < settings.emotionThreshold()) {
            return Optional.empty();
        }
        int priority = PRIORITY_EMOTION + (int) Math.round(25 * emotion);
        return Optional.of(new Decision.Escalate(List.of(new HandoffReason("negative_emotion", emotion,
                settings.emotionThreshold(), "the customer sounds " + feeling(analysis))), priority));
    }

    private Optional<Decision> trend(Analysis analysis) {
        if (!analysis.signals().containsKey(Signals.SENTIMENT_TREND)) {
            return Optional.empty();
        }
        double trend = Signals.value(analysis, Signals.SENTIMENT_TREND);
        double negativeTurns = Signals.value(analysis, Signals.NEGATIVE_TURNS);
        if (trend > -settings.trendDrop() || negativeTurns < settings.trendNegativeTurns()) {
            return Optional.empty();
        }
        return Optional.of(new Decision.Escalate(List.of(new HandoffReason("sentiment_trend", trend,
                -settings.trendDrop(), "the customer's mood has been falling over " + (int) negativeTurns
                        + " turns")), PRIORITY_TREND));
    }

    private Optional<Decision> repeatedFailure(Analysis analysis, IntentScore top) {
        boolean failing = Signals.value(analysis, Signals.REPEATED_INTENT) >= 1
                || top.intent().equals(settings.notHelpedIntent())
                || Signals.value(analysis, Signals.NOT_HELPED) >= settings.minConfidence()
                || !doubts(analysis, top).isEmpty();
        double before = Signals.value(analysis, Signals.FAILURES_IN_A_ROW);
        if (!failing || before < settings.maxFailures()) {
            return Optional.empty();
        }
        return Optional.of(new Decision.Escalate(List.of(new HandoffReason("repeated_failure", before + 1,
                settings.maxFailures() + 1, "the bot has not helped " + (int) (before + 1) + " times in a row")),
                PRIORITY_REPEATED_FAILURE));
    }

    private Optional<Decision> ambiguous(Analysis analysis) {
        List<HandoffReason> reasons = new ArrayList<>();
        double intents = Signals.value(analysis, Signals.INTENTS_IN_MESSAGE);
        if (intents > settings.maxIntentsPerMessage()) {
            reasons.add(new HandoffReason("multiple_intents", intents, settings.maxIntentsPerMessage(),
                    "the message asks for " + (int) intents + " different things"));
        }
        if (Signals.value(analysis, Signals.HEDGED) >= 1) {
            reasons.add(new HandoffReason("hedged", 1, 1,
                    "the request is hedged, conditional or makes an exception"));
        }
        return reasons.isEmpty() ? Optional.empty()
                : Optional.of(new Decision.Escalate(reasons, PRIORITY_AMBIGUOUS));
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

    /** What to say before the answer: an acknowledgement of mild irritation, or of a first failure, or nothing. */
    private String preface(Analysis analysis) {
        if (Signals.value(analysis, Signals.EMOTION) >= settings.mildEmotionThreshold()) {
            return strongestNegative(analysis).map(EMPATHY::get).orElse(EMPATHY_DEFAULT) + ' ';
        }
        if (Signals.value(analysis, Signals.REPEATED_INTENT) >= 1
                || Signals.value(analysis, Signals.NOT_HELPED) >= settings.minConfidence()) {
            return AGAIN_PREFACE + ' ';
        }
        return "";
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

    private String feeling(Analysis analysis) {
        return strongestNegative(analysis).map(key -> switch (key) {
            case "anger_frustration" -> "angry or frustrated";
            case "sadness_disappointment" -> "sad or disappointed";
            default -> "worried";
        }).orElse("upset");
    }

    private static Optional<String> strongestNegative(Analysis analysis) {
        return analysis.emotions().entrySet().stream()
                .filter(e -> EMPATHY.containsKey(e.getKey()))
                .max(Comparator.comparingDouble(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
