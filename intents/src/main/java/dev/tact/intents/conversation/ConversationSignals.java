package dev.tact.intents.conversation;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Detector;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.TurnHistory;
import dev.tact.intents.sentiment.SentimentScorer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the conversation so far says about this turn:
 * <ul>
 * <li>{@link Signals#FAILURES_IN_A_ROW}: the customer's previous turns, latest first, that the bot failed on — it
 * asked them to rephrase, or answered the same intent it had just answered (the customer asked again or said it did
 * not help);</li>
 * <li>{@link Signals#REPEATED_INTENT}: this turn's best intent is the one the bot answered last;</li>
 * <li>a conversational intent (greeting, thanks, goodbye: the domain's {@code never_human} ones) is never a repeat:
 * "hello again" after "hello" is not a question asked twice;</li>
 * <li>{@link Signals#NOT_HELPED}: the probability of the domain's "that did not help" intent;</li>
 * <li>{@link Signals#FALLBACKS}: how often the bot has asked to rephrase in the whole conversation;</li>
 * <li>{@link Signals#SENTIMENT_TREND} and {@link Signals#NEGATIVE_TURNS}: this turn's lexicon sentiment against the
 * mean of the previous {@value #TREND_TURNS} customer turns, and how many of those turns and this one were negative
 * (compound at most {@value #NEGATIVE}, VADER's own cut-off, or this turn judged emotional). Only given when there
 * are earlier customer turns.</li>
 * </ul>
 * The turns and the failure counts come from {@link TurnHistory}, the one reading of a conversation's turns; the
 * lexicon scores past turns again (microseconds each, the same figure the turn records keep).
 */
public final class ConversationSignals implements Detector {

    static final int TREND_TURNS = 3;
    static final double NEGATIVE = -0.05;

    private final SentimentScorer sentiment;
    private final String notHelpedIntent;
    private final Set<String> conversational;

    /**
     * @param sentiment       the lexicon that scores past turns
     * @param notHelpedIntent the domain's "that did not help" intent
     * @param conversational  the domain's conversational intents, which are never counted as asked again
     */
    public ConversationSignals(SentimentScorer sentiment, String notHelpedIntent, Set<String> conversational) {
        this.sentiment = Objects.requireNonNull(sentiment, "sentiment must not be null");
        this.notHelpedIntent = Objects.requireNonNull(notHelpedIntent, "notHelpedIntent must not be null");
        this.conversational = Set.copyOf(Objects.requireNonNull(conversational, "conversational must not be null"));
    }

    @Override
    public Analysis detect(String text, List<Message> history, Analysis analysis) {
        TurnHistory past = TurnHistory.of(history);
        List<TurnHistory.Turn> turns = past.turns();
        Map<String, Double> signals = new LinkedHashMap<>();
        signals.put(Signals.FAILURES_IN_A_ROW, (double) past.failuresInARow(conversational));
        signals.put(Signals.REPEATED_INTENT, TurnHistory.repeats(past.previousAnswer(turns.size()),
                analysis.top().intent(), conversational) ? 1.0 : 0.0);
        signals.put(Signals.NOT_HELPED, analysis.probabilityOf(notHelpedIntent));
        signals.put(Signals.FALLBACKS, (double) past.fallbacks());
        if (!turns.isEmpty()) {
            List<TurnHistory.Turn> recent = turns.subList(Math.max(0, turns.size() - TREND_TURNS), turns.size());
            double mean = 0;
            int negative = 0;
            for (TurnHistory.Turn turn : recent) {
                double compound = sentiment.score(turn.customer().text()).compound();
                mean += compound / recent.size();
                negative += compound <= NEGATIVE ? 1 : 0;
            }
            boolean nowNegative = analysis.sentiment() <= NEGATIVE || Signals.value(analysis, Signals.EMOTIONAL) >= 1;
            signals.put(Signals.SENTIMENT_TREND, analysis.sentiment() - mean);
            signals.put(Signals.NEGATIVE_TURNS, (double) negative + (nowNegative ? 1 : 0));
        }
        return analysis.withSignals(signals);
    }
}
