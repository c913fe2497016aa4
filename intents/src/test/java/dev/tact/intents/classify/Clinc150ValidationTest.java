package dev.tact.intents.classify;

import dev.tact.intents.evaluate.GateFigures;
import dev.tact.intents.evaluate.ScoredRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLINC150 ({@code mvn verify -Peval}): the default classifier trained on train + oos_train and judged on val +
 * oos_val at the bot's default gate. Nothing was chosen on val. Floors are the figures measured (intents README,
 * "Measured"), less a little for the rounding of floating point across machines.
 */
@Tag("eval")
class Clinc150ValidationTest {

    @Test
    void validationReachesTheMeasuredFiguresAtTheDefaultGate() {
        var run = new HeldOutRun(ClassifierSettings.defaults(), Clinc150.train(), Clinc150.validation());
        double temperature = run.classifier.temperature();
        List<ScoredRow> inScope = run.rows(temperature).stream().filter(row -> !row.row().outOfScope()).toList();
        double top1 = inScope.stream().filter(ScoredRow::topCorrect).count() / (double) inScope.size();
        GateFigures gated = run.figures(temperature, HeldOutRun.DEFAULT_GATE);
        GateFigures uncalibrated = run.figures(1, HeldOutRun.DEFAULT_GATE);
        System.out.printf("CLINC150 val: top-1 %.4f; default gate in-scope %.4f, oos recall %.4f (without the "
                        + "temperature %.4f / %.4f); train %.1f s, %s%n%s", top1,
                gated.inScopeAccuracy(), gated.oosRecall().orElse(0), uncalibrated.inScopeAccuracy(),
                uncalibrated.oosRecall().orElse(0), run.trainSeconds, run.latency(),
                run.reliability(temperature).table());
        System.out.print(run.sweep(temperature, HeldOutRun.DEFAULT_GATE));
        GateFigures recommended = run.figures(temperature, HeldOutRun.RECOMMENDED_GATE);
        assertThat(recommended.inScopeAccuracy()).isGreaterThanOrEqualTo(FLOOR_IN_SCOPE);
        assertThat(recommended.oosRecall().orElse(0)).isGreaterThanOrEqualTo(FLOOR_OOS_RECALL);
        assertThat(gated.inScopeAccuracy()).isGreaterThanOrEqualTo(FLOOR_IN_SCOPE_TODAY);
        assertThat(top1).isGreaterThanOrEqualTo(FLOOR_TOP1);
    }

    /** At {@link HeldOutRun#RECOMMENDED_GATE}. */
    static final double FLOOR_IN_SCOPE = 0.93;
    static final double FLOOR_OOS_RECALL = 0.75;
    /** At today's default gate. */
    static final double FLOOR_IN_SCOPE_TODAY = 0.93;
    static final double FLOOR_TOP1 = 0.95;
}
