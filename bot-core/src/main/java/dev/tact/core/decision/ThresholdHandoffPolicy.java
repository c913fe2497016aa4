package dev.tact.core.decision;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Choice;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.TurnHistory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The handoff policy: five decisions (DESIGN.md). In order, a person takes over when the customer accepts the
 * person an answer offered; on a sensitive situation (top of the queue); an explicit request for a person; a clearly
 * upset customer; a falling sentiment trend; a repair (the last answer missed the point, or the customer asks the
 * same again); a hedged, conditional or exception request, or several requests at once. A message too vague to act
 * on gets one specific question with the likeliest topics as choices ({@code clarify}; a second vague turn in a row
 * goes to a person); an off-topic one is declined with an offer of a person ({@code decline}). A specific message
 * the bot cannot place confidently, and an intent marked always-human, go to a person. Otherwise the bot answers,
 * acknowledging mild irritation first, and offers a person after the general answer to an account-specific
 * question. Every reason names the figure and the threshold of the rule that fired.
 */
public final class ThresholdHandoffPolicy implements HandoffPolicy {

    static final String CLARIFY_PROMPT = "Could you tell me a bit more? Is it about one of these? If it's something "
            + "else, a few words about what happened are enough.";
    static final String DECLINE_OFFER = "If you'd like, I can get a person for you.";
    static final String AGAIN_PREFACE = "Sorry if my last answer didn't help.";

    static final Choice PERSON = new Choice(Choice.PERSON, "Talk to a person");
    static final Choice ACCEPT_OFFER = new Choice(Choice.PERSON, "Yes, get someone");
    static final Choice DECLINE_OFFER_CHOICE = new Choice(Choice.NO, "No, thanks");
    /** How many likely topics a clarifying question offers. */
    static final int TOPICS = 3;

    /** Queue priorities, 0..100: sensitive situations first, then the upset, then everyone else. */
    static final int PRIORITY_SENSITIVE = 90;
    static final int PRIORITY_EMOTION = 60;
    static final int PRIORITY_TREND = 55;
    static final int PRIORITY_HUMAN_REQUEST = 50;
    static final int PRIORITY_REPAIR = 45;
    static final int PRIORITY_AMBIGUOUS = 35;
    static final int PRIORITY_ROUTINE = 30;

    private final PolicySettingsProvider settings;
    private final ResponseCatalog responses;
    private final Map<String, Empathy> empathy;

    /** Fixed settings, and no emotion named: every acknowledgement is the general one. */
    public ThresholdHandoffPolicy(PolicySettings settings, ResponseCatalog responses) {
        this(PolicySettingsProvider.fixed(settings), responses, List.of());
    }

    /**
     * @param settings  read once per turn
     * @param responses the domain's answers, offers and words for sensitive situations
     * @param empathy   the negative emotions the analyzers name, and how the policy speaks of each
     */
    public ThresholdHandoffPolicy(PolicySettingsProvider settings, ResponseCatalog responses, List<Empathy> empathy) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.responses = Objects.requireNonNull(responses, "responses must not be null");
        Map<String, Empathy> byEmotion = new LinkedHashMap<>();
        empathy.forEach(words -> byEmotion.put(words.emotion(), words));
        this.empathy = Collections.unmodifiableMap(byEmotion);
    }

    /** The thresholds in force now. */
    public PolicySettings settings() {
        return settings.current();
    }

    @Override
    public Decision decide(Conversation conversation, Analysis analysis, List<Message> history) {
        return new Turn(settings.current()).decide(analysis, history);
    }

    /** One turn's decision, with the settings read for it. */
    private final class Turn {

        private final PolicySettings settings;

        Turn(PolicySettings settings) {
            this.settings = settings;
        }

        Decision decide(Analysis analysis, List<Message> history) {
            IntentScore top = analysis.top();
            Optional<Decision> person = offerAccepted(analysis)
                    .or(() -> sensitive(analysis))
                    .or(() -> humanRequest(analysis))
                    .or(() -> upset(analysis))
                    .or(() -> trend(analysis))
                    .or(() -> repair(analysis, top))
                    .or(() -> conversational(top) ? Optional.empty() : shape(analysis));
            if (person.isPresent()) {
                return person.get();
            }
            if (!picked(analysis) && !conversational(top) && !followUp(analysis) && vague(analysis)) {
                return clarify(analysis, history);
            }
            if (!picked(analysis) && analysis.outOfScope() > settings.maxOutOfScope()) {
                return new Decision.Decline(responses.declineText() + ' ' + DECLINE_OFFER,
                        List.of(new HandoffReason("out_of_scope", analysis.outOfScope(), settings.maxOutOfScope(),
                                "the request is outside what the bot helps with")), List.of(PERSON));
            }
            List<HandoffReason> doubts = doubts(analysis, top);
            if (!doubts.isEmpty()) {
                // a specific message the bot cannot place confidently: a person reads it, the customer is not asked
                // to say it another way
                return new Decision.Escalate(doubts, PRIORITY_ROUTINE);
            }
            if (settings.alwaysHuman().contains(top.intent())) {
                double minConfidence = settings.minConfidenceFor(top.intent());
                return new Decision.Escalate(List.of(new HandoffReason("always_human_intent", top.probability(),
                        minConfidence, "intent " + top.intent() + " (recognised with " + percent(top.probability())
                                + ", from " + percent(minConfidence) + ") is always handled by a person")),
                        PRIORITY_ROUTINE);
            }
            return responses.responseFor(top.intent())
                    .<Decision>map(text -> answer(analysis, top, text))
                    .orElseGet(() -> new Decision.Escalate(List.of(new HandoffReason("no_answer", top.probability(),
                            settings.minConfidenceFor(top.intent()), "the bot has no answer for intent " + top.intent())),
                            PRIORITY_ROUTINE));
        }

        private Decision answer(Analysis analysis, IntentScore top, String text) {
            String answer = preface(analysis) + text;
            Optional<String> offer = responses.offerFor(top.intent());
            if (offer.isEmpty()) {
                return new Decision.Answer(top.intent(), top.probability(), answer);
            }
            return new Decision.Answer(top.intent(), top.probability(), answer + ' ' + offer.get(),
                    List.of(ACCEPT_OFFER, DECLINE_OFFER_CHOICE));
        }

        private Optional<Decision> offerAccepted(Analysis analysis) {
            double accepted = Signals.value(analysis, Signals.OFFER_ACCEPTED);
            if (accepted < settings.minConfidence()) {
                return Optional.empty();
            }
            return Optional.of(new Decision.Escalate(List.of(new HandoffReason("offer_accepted", accepted,
                    settings.minConfidence(), "the customer accepted the offer of a person who can check their account")),
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
            int priority = situations.stream().mapToInt(s -> settings.situationPriority().getOrDefault(s, 0))
                    .max().orElse(0);
            priority = Math.max(priority, PRIORITY_SENSITIVE);
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
            if (p >= settings.humanRequestConfidence() && (wins || p >= settings.minConfidence())) {
                return Optional.of(new Decision.Escalate(List.of(new HandoffReason("human_request", p,
                        settings.humanRequestConfidence(), "the customer asked for a person")), PRIORITY_HUMAN_REQUEST));
            }
            double clause = Signals.value(analysis, Signals.HUMAN_REQUEST);
            if (clause >= settings.minConfidence()) {
                return Optional.of(new Decision.Escalate(List.of(new HandoffReason("human_request", clause,
                        settings.minConfidence(), "part of the message asks for a person")), PRIORITY_HUMAN_REQUEST));
            }
            return Optional.empty();
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

        /**
         * The customer says the last answer missed the point, contradicts it or asks the same again: the learned repair
         * signal, or the domain's "that did not help" intent recognised confidently.
         */
        private Optional<Decision> repair(Analysis analysis, IntentScore top) {
            double repair = Signals.value(analysis, Signals.REPAIR);
            if (repair >= settings.repairThreshold()) {
                return Optional.of(new Decision.Escalate(List.of(new HandoffReason("repair", repair,
                        settings.repairThreshold(), "the customer says the last answer missed the point or asks "
                                + "again")), PRIORITY_REPAIR));
            }
            double minConfidence = settings.minConfidenceFor(settings.notHelpedIntent());
            if (top.intent().equals(settings.notHelpedIntent()) && top.probability() >= minConfidence) {
                return Optional.of(new Decision.Escalate(List.of(new HandoffReason("repair", top.probability(),
                        minConfidence, "the customer says the last answer did not help")), PRIORITY_REPAIR));
            }
            return Optional.empty();
        }

        /**
         * Several requests at once, or a hedged, conditional or exception request: a person judges it. Not asked of a
         * greeting, thanks or goodbye recognised with confidence ("ok thank you" asks for nothing).
         */
        private Optional<Decision> shape(Analysis analysis) {
            List<HandoffReason> reasons = new ArrayList<>();
            double multiple = Signals.value(analysis, Signals.MULTIPLE_REQUESTS);
            double intents = Signals.value(analysis, Signals.INTENTS_IN_MESSAGE);
            if (multiple >= settings.multipleThreshold()) {
                reasons.add(new HandoffReason("multiple_requests", multiple, settings.multipleThreshold(),
                        "the message asks for several things at once"));
            } else if (intents > settings.maxIntentsPerMessage()) {
                reasons.add(new HandoffReason("multiple_intents", intents, settings.maxIntentsPerMessage(),
                        "the message's parts ask for " + (int) intents + " different things"));
            }
            double hedged = Signals.value(analysis, Signals.HEDGED);
            if (hedged >= settings.hedgedThreshold()) {
                reasons.add(new HandoffReason("hedged", hedged, settings.hedgedThreshold(),
                        "the request is hedged, conditional or asks for an exception"));
            }
            return reasons.isEmpty() ? Optional.empty()
                    : Optional.of(new Decision.Escalate(reasons, PRIORITY_AMBIGUOUS));
        }

        private boolean vague(Analysis analysis) {
            return Signals.value(analysis, Signals.VAGUE) >= settings.vagueThreshold();
        }

        /** One specific question with the likeliest topics; the second vague turn in a row goes to a person. */
        private Decision clarify(Analysis analysis, List<Message> history) {
            double vague = Signals.value(analysis, Signals.VAGUE);
            int asked = TurnHistory.of(history).clarificationsInARow();
            if (asked >= settings.maxClarifications()) {
                return new Decision.Escalate(List.of(
                        new HandoffReason("vague", vague, settings.vagueThreshold(), "the message is too vague to act on"),
                        new HandoffReason("repeated_vague", asked + 1, settings.maxClarifications() + 1,
                                "the customer's messages were too vague " + (asked + 1) + " times in a row")),
                        PRIORITY_REPAIR);
            }
            List<Choice> choices = new ArrayList<>();
            for (IntentScore score : analysis.intents()) {
                if (choices.size() == TOPICS) {
                    break;
                }
                if (topic(score.intent())) {
                    choices.add(Choice.intent(score.intent(), responses.titleFor(score.intent())));
                }
            }
            choices.add(PERSON);
            return new Decision.Clarify(CLARIFY_PROMPT, List.of(new HandoffReason("vague", vague,
                    settings.vagueThreshold(), "the message is too vague to act on")), choices);
        }

        /** An intent the customer may pick as the topic of a vague message: one the bot answers. */
        private boolean topic(String intent) {
            return !settings.neverHuman().contains(intent) && !settings.alwaysHuman().contains(intent)
                    && !intent.equals(settings.notHelpedIntent()) && !intent.equals(settings.humanRequestIntent())
                    && responses.responseFor(intent).isPresent();
        }

        /** A short follow-up the analyzer understood together with the previous question is not vague. */
        private static boolean followUp(Analysis analysis) {
            return Signals.value(analysis, Signals.FOLLOW_UP) >= 1;
        }

        private static boolean picked(Analysis analysis) {
            return Signals.value(analysis, Signals.CHOSEN) >= 1;
        }

        /** A greeting, a thanks or a goodbye recognised with confidence. */
        private boolean conversational(IntentScore top) {
            return settings.neverHuman().contains(top.intent())
                    && top.probability() >= settings.minConfidenceFor(top.intent());
        }

        private List<HandoffReason> doubts(Analysis analysis, IntentScore top) {
            List<HandoffReason> doubts = new ArrayList<>();
            double minConfidence = settings.minConfidenceFor(top.intent());
            if (top.probability() < minConfidence) {
                doubts.add(new HandoffReason("low_confidence", top.probability(), minConfidence,
                        "the best reading is " + top.intent() + " but the bot is not confident"));
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

        /** What to say before the answer: an acknowledgement of mild irritation, or of a question asked again. */
        private String preface(Analysis analysis) {
            if (Signals.value(analysis, Signals.EMOTION) >= settings.mildEmotionThreshold()) {
                return strongestNegative(analysis).map(Empathy::preface).orElse(Empathy.DEFAULT_PREFACE) + ' ';
            }
            if (Signals.value(analysis, Signals.REPEATED_INTENT) >= 1) {
                return AGAIN_PREFACE + ' ';
            }
            return "";
        }

        private String feeling(Analysis analysis) {
            return strongestNegative(analysis).map(Empathy::feeling).orElse(Empathy.DEFAULT_FEELING);
        }

        /** The named negative emotion the analyzers scored highest, if any. */
        private Optional<Empathy> strongestNegative(Analysis analysis) {
            return analysis.emotions().entrySet().stream()
                    .filter(e -> empathy.containsKey(e.getKey()))
                    .max(Comparator.comparingDouble(Map.Entry::getValue))
                    .map(e -> empathy.get(e.getKey()));
        }

        private static String percent(double probability) {
            return Math.round(probability * 100) + "%";
        }
    }
}
