package dev.tact.intents.conversation;

import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.OnnxSentenceEmbedder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repair detector trained on the bundled train split, measured on the held-out split (frozen before tuning) at
 * the threshold chosen by cross-validation on train. Embeds about 900 short texts with MiniLM: a few seconds.
 */
class RepairEvaluationTest {

    @Test
    void runMeetsTheFloorsOnTheHeldOutSplit() {
        var embedder = Encoders.shared().get(OnnxSentenceEmbedder.Encoder.MINILM);
        RepairEvaluation evaluation = RepairEvaluation.run(RepairSettings.defaults(), embedder, RepairData.train(),
                RepairData.heldOut());
        System.out.printf("repair: threshold %.3f; cross-validated on train P %.3f R %.3f F1 %.3f; held out P %.3f"
                        + " R %.3f F1 %.3f; held-out best F1 %.3f at %.3f%n", evaluation.threshold(),
                evaluation.crossValidated().precision(), evaluation.crossValidated().recall(),
                evaluation.crossValidated().f1(), evaluation.heldOut().precision(), evaluation.heldOut().recall(),
                evaluation.heldOut().f1(), evaluation.heldOutBest().f1(), evaluation.heldOutBest().threshold());
        assertThat(evaluation.crossValidated().recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(evaluation.heldOut().recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(evaluation.heldOut().precision()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void foldsKeepEachExchangeWholeAndAreSeeded() {
        var samples = List.of(new RepairSample("a", "q", "r", "x", true), new RepairSample("a", "q", "r", "y", false),
                new RepairSample("b", "q", "r", "x", true), new RepairSample("c", "q", "r", "y", false));
        var folds = RepairEvaluation.folds(samples, 2, 7);
        assertThat(folds).containsOnlyKeys("a", "b", "c").isEqualTo(RepairEvaluation.folds(samples, 2, 7));
        assertThat(folds.values()).containsOnly(0, 1);
    }
}
