package dev.tact.intents.ambiguity;

import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;
import dev.tact.intents.classify.RegressionSettings;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.emotion.PrecisionRecall;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the request-shape settings and thresholds were chosen ({@code mvn verify -Peval}, about a minute): 5-fold
 * cross-validation on the train split only, over a small grid; prints each setting's figures and the thresholds
 * {@link ShapeThresholds#chosen} picks for the defaults. The held-out split is not read.
 */
@Tag("eval")
class RequestShapeTuningTest {

    /** Stricter operating points than the recommendation, for a policy that wants fewer plain messages flagged. */
    static final List<ShapeThresholds> OPERATING_POINTS = List.of(new ShapeThresholds(0.5, 0.5, 0.5),
            new ShapeThresholds(0.6, 0.6, 0.6), new ShapeThresholds(0.7, 0.7, 0.7));

    @Test
    void crossValidateOnTrainOverTheGrid() {
        SentenceEmbedder embedder = new Encoders().get(Encoder.MINILM);
        var train = ShapeData.bundled().train();
        for (ShapeSettings settings : List.of(
                new ShapeSettings(new RegressionSettings(10, 0.002, 1e-5, 16, 42), false),
                new ShapeSettings(new RegressionSettings(30, 0.002, 5e-2, 16, 42), false),
                new ShapeSettings(new RegressionSettings(10, 0.002, 1e-5, 16, 42), true),
                new ShapeSettings(new RegressionSettings(30, 0.002, 1e-2, 16, 42), true),
                new ShapeSettings(new RegressionSettings(30, 0.002, 1e-1, 16, 42), true),
                ShapeSettings.defaults())) {
            ShapeScores cv = ShapeEvaluation.crossValidate(settings, embedder, train, 5, 42);
            System.out.printf("shape cv %s: accuracy %.3f, macro F1 %.3f%n", settings, cv.accuracy(), cv.macroF1());
            ShapeThresholds chosen = ShapeThresholds.chosen(cv, ShapeThresholds.TARGET_RECALL);
            for (RequestShape shape : List.of(RequestShape.HEDGED, RequestShape.MULTIPLE, RequestShape.VAGUE)) {
                PrecisionRecall.Point at = cv.at(shape, chosen.of(shape));
                PrecisionRecall.Point recommended = cv.at(shape, ShapeThresholds.recommended().of(shape));
                System.out.printf("  %s: chosen %.3f (P %.3f R %.3f); at recommended %.2f P %.3f R %.3f%n",
                        shape, chosen.of(shape), at.precision(), at.recall(), recommended.threshold(),
                        recommended.precision(), recommended.recall());
            }
            ShapeThresholds recommended = ShapeThresholds.recommended();
            System.out.printf("  flagged by any signal at the recommended thresholds: plain %.3f, hedged %.3f, "
                    + "multiple %.3f, vague %.3f%n", cv.flaggedShare(RequestShape.PLAIN, recommended),
                    cv.flaggedShare(RequestShape.HEDGED, recommended), cv.flaggedShare(RequestShape.MULTIPLE, recommended),
                    cv.flaggedShare(RequestShape.VAGUE, recommended));
            for (ShapeThresholds other : OPERATING_POINTS) {
                System.out.printf("  at %s: flagged plain %.3f, hedged %.3f, multiple %.3f, vague %.3f%n", other,
                        cv.flaggedShare(RequestShape.PLAIN, other), cv.flaggedShare(RequestShape.HEDGED, other),
                        cv.flaggedShare(RequestShape.MULTIPLE, other), cv.flaggedShare(RequestShape.VAGUE, other));
            }
            assertThat(cv.rows()).isEqualTo(train.size());
        }
    }
}
