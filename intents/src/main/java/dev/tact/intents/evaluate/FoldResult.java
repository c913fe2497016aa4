package dev.tact.intents.evaluate;

import java.util.Objects;

/**
 * How one fold of cross-validation went.
 *
 * @param fold         from 1
 * @param trainSeconds time training this fold's model took
 * @param figures      the figures on this fold's test rows under the gate
 * @param macroF1      the macro F1 on this fold's test rows
 */
public record FoldResult(int fold, int trainRows, int testRows, double trainSeconds, GateFigures figures,
                         double macroF1) {

    public FoldResult {
        Objects.requireNonNull(figures, "figures must not be null");
    }
}
