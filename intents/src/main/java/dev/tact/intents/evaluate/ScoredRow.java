package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.IntentPrediction;
import dev.tact.intents.classify.LabeledText;

import java.util.Objects;

/**
 * One evaluation row with what the classifier said of it. Under an {@link AnswerGate} the engine
 * <em>answers</em> a row when the gate lets the prediction through and its top intent is not {@code oos}; the
 * row's <em>effective label</em> is then the top intent, and {@code oos} when the engine does not answer.
 */
public record ScoredRow(LabeledText row, IntentPrediction prediction) {

    public ScoredRow {
        Objects.requireNonNull(row, "row must not be null");
        Objects.requireNonNull(prediction, "prediction must not be null");
    }

    public boolean answered(AnswerGate gate) {
        return gate.answers(prediction) && !LabeledText.OUT_OF_SCOPE.equals(prediction.top().intent());
    }

    /** The top intent when the engine answers, else {@code oos}. */
    public String effectiveLabel(AnswerGate gate) {
        return answered(gate) ? prediction.top().intent() : LabeledText.OUT_OF_SCOPE;
    }

    /** The effective label is the gold one: an in-scope row answered with its intent, an oos row not answered. */
    public boolean correct(AnswerGate gate) {
        return effectiveLabel(gate).equals(row.label());
    }

    /** The top intent is the gold one, whatever the gate says. */
    public boolean topCorrect() {
        return prediction.top().intent().equals(row.label());
    }
}
