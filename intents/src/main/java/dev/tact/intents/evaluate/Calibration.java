package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;

import java.util.Objects;

/**
 * The gate {@link ThresholdCalibration} chose on a validation set.
 *
 * @param gate            the chosen gate
 * @param validation      the figures the chosen gate reaches on the validation set
 * @param basis           which objective decided
 * @param targetOosRecall the oos recall the calibration aimed for
 */
public record Calibration(AnswerGate gate, GateFigures validation, Basis basis, double targetOosRecall) {

    /** Which objective chose the gate. */
    public enum Basis {
        /** Some gate reached the target oos recall; the best in-scope accuracy among those won. */
        TARGET_MET("highest in-scope accuracy with oos recall >= target"),
        /** No gate reached the target; the best mean of in-scope accuracy and oos recall won. */
        TARGET_MISSED("target oos recall not reachable: highest (in-scope accuracy + oos recall) / 2"),
        /** The validation set has no oos rows, so oos recall cannot be weighed: the gate stays as given. */
        NO_OOS_ROWS("validation set has no oos rows: gate left as given");

        private final String description;

        Basis(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public Calibration {
        Objects.requireNonNull(gate, "gate must not be null");
        Objects.requireNonNull(validation, "validation must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
    }
}
