package dev.tact.intents.classify;

/**
 * When a prediction is clear enough for the bot to answer: the same three figures the handoff policy reads
 * (top probability, margin to the runner-up, out-of-scope score). Evaluation uses it to count an utterance as
 * answered only when the engine would answer it.
 */
public record AnswerGate(double minConfidence, double minMargin, double maxOutOfScope) {

    /** Answers everything: for plain accuracy. */
    public static final AnswerGate ALWAYS = new AnswerGate(0, 0, 1);

    public boolean answers(IntentPrediction prediction) {
        return prediction.top().probability() >= minConfidence
                && prediction.margin() >= minMargin
                && prediction.outOfScope() <= maxOutOfScope;
    }

    public AnswerGate withMinConfidence(double threshold) {
        return new AnswerGate(threshold, minMargin, maxOutOfScope);
    }
}
