package dev.tact.core.analysis;

/**
 * The names of the figures an analyzer puts in {@link Analysis#signals()} and the handoff policy reads. An analyzer
 * that lacks a detector leaves its signal out; the policy then treats it as absent (zero), never as alarming.
 */
public final class Signals {

    /** How likely the message carries a negative emotion (anger, sadness, fear…), 0..1. */
    public static final String EMOTION = "emotion";
    /** 1 when the emotion detector's own verdict says the message is emotional, else 0. */
    public static final String EMOTIONAL = "emotional";
    /** How likely the message is about a sensitive situation (bereavement, hardship, abuse…), 0..1. */
    public static final String SENSITIVE = "sensitive";
    /** Prefix of the per-situation figures, e.g. {@code sensitive.bereavement}. */
    public static final String SENSITIVE_PREFIX = "sensitive.";
    /** 1 when the message is hedged, conditional or makes an exception ("unless", "only if", "not sure"). */
    public static final String HEDGED = "hedged";
    /** How many different intents the message's clauses ask for, each recognised on its own. */
    public static final String INTENTS_IN_MESSAGE = "intents_in_message";
    /** 1 when the intents are those of the message's closing remark ("ok, I'll try that, thanks"). */
    public static final String CLOSING_REMARK = "closing_remark";
    /** How likely the customer says the bot's last answer did not help, 0..1. */
    public static final String NOT_HELPED = "not_helped";
    /**
     * How likely the customer's turn repairs the bot's last answer, 0..1: says it did not help or missed the point
     * ("I already did that"), contradicts it ("I didn't say I lost it, it was stolen") or asks the question again in
     * other words. Only above 0 when the bot's latest message answered a request (not a greeting, thanks or goodbye).
     */
    public static final String REPAIR = "repair";
    /** 1 when the customer asks again for the intent the bot has just answered. */
    public static final String REPEATED_INTENT = "repeated_intent";
    /** How many of the customer's previous turns in a row the bot failed on (asked to rephrase, or was told off). */
    public static final String FAILURES_IN_A_ROW = "failures_in_a_row";
    /** How many times the bot has asked this customer to rephrase so far in the conversation. */
    public static final String FALLBACKS = "fallbacks";
    /** This turn's sentiment minus the mean of the previous few customer turns' (negative: falling). */
    public static final String SENTIMENT_TREND = "sentiment_trend";
    /** How many of the last few customer turns, this one included, were negative. */
    public static final String NEGATIVE_TURNS = "negative_turns";

    private Signals() {
    }

    /** The figure of a signal, 0 when the analyzer did not provide it. */
    public static double value(Analysis analysis, String signal) {
        return analysis.signals().getOrDefault(signal, 0.0);
    }
}
