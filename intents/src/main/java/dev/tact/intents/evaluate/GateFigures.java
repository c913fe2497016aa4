package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How the engine does on a set of rows under one answer gate. With {@code n} all rows and "answered" and
 * "effective label" as {@link ScoredRow} defines them:
 * <ul>
 *   <li>{@code accuracy}: rows whose effective label is the gold label / n. An in-scope row counts when it is
 *       answered with its intent, an {@code oos} row when it is not answered.</li>
 *   <li>{@code answeredShare}: answered rows / n.</li>
 *   <li>{@code accuracyOfAnswered}: answered rows whose top intent is the gold label / answered rows (an answered
 *       {@code oos} row is always wrong); empty when nothing is answered.</li>
 *   <li>{@code inScopeAccuracy}: in-scope rows answered with their intent / in-scope rows.</li>
 *   <li>{@code oosRecall}: {@code oos} rows not answered / {@code oos} rows; empty when there are none.</li>
 * </ul>
 */
public record GateFigures(AnswerGate gate, int rows, double accuracy, double answeredShare,
                          OptionalDouble accuracyOfAnswered, double inScopeAccuracy, OptionalDouble oosRecall) {

    public GateFigures {
        Objects.requireNonNull(gate, "gate must not be null");
        Objects.requireNonNull(accuracyOfAnswered, "accuracyOfAnswered must not be null");
        Objects.requireNonNull(oosRecall, "oosRecall must not be null");
    }

    /** @throws IllegalArgumentException when the rows hold no in-scope row */
    public static GateFigures of(List<ScoredRow> rows, AnswerGate gate) {
        int correct = 0;
        int answered = 0;
        int answeredRight = 0;
        int inScope = 0;
        int inScopeRight = 0;
        int oos = 0;
        int oosRejected = 0;
        for (ScoredRow row : rows) {
            boolean answers = row.answered(gate);
            boolean right = row.correct(gate);
            correct += right ? 1 : 0;
            answered += answers ? 1 : 0;
            answeredRight += answers && right ? 1 : 0;
            if (row.row().outOfScope()) {
                oos++;
                oosRejected += answers ? 0 : 1;
            } else {
                inScope++;
                inScopeRight += right ? 1 : 0;
            }
        }
        if (inScope == 0) {
            throw new IllegalArgumentException("the rows hold no in-scope row");
        }
        int n = rows.size();
        return new GateFigures(gate, n, (double) correct / n, (double) answered / n, ratio(answeredRight, answered),
                (double) inScopeRight / inScope, ratio(oosRejected, oos));
    }

    private static OptionalDouble ratio(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    public double minConfidence() {
        return gate.minConfidence();
    }
}
