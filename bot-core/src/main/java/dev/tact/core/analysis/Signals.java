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
    /**
     * How likely the request is hedged, conditional or asks for an exception or discretion, so that its answer takes
     * judgement ("could you make an exception", "would it still work if…", "unless…"), 0..1. Without a sentence
     * encoder only 0 or 1 (a marker phrase found).
     */
    public static final String HEDGED = "hedged";
    /**
     * How likely the message asks for two or more different things ("how do I change my pin and also why was I
     * charged a fee"), 0..1, judged on the whole message; {@link #INTENTS_IN_MESSAGE} counts them clause by clause.
     */
    public static final String MULTIPLE_REQUESTS = "multiple_requests";
    /** How likely the message is too vague to act on ("I have a problem", "it's about my account", "help"), 0..1. */
    public static final String VAGUE = "vague";
    /** 1 when the customer picked one of the choices the bot's last message offered. */
    public static final String CHOSEN = "chosen";
    /**
     * How sure the customer accepts the person the bot's last answer offered: 1 for the choice itself, the
     * probability of the affirming intent for a typed "yes please".
     */
    public static final String OFFER_ACCEPTED = "offer_accepted";
    /**
     * 1 when the message was understood together with the customer's previous question, as a follow-up to it ("do
     * you charge for that?").
     */
    public static final String FOLLOW_UP = "follow_up";
    /** The highest probability that one of the message's clauses asks for a person (given for several clauses). */
    public static final String HUMAN_REQUEST = "human_request";
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
