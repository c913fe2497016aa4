package dev.tact.intents.ambiguity;

import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.LabeledText;
import dev.tact.intents.emotion.PrecisionRecall;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small real evaluation (about 10 s): trains the default model on the train split, as the product does, and
 * measures it on the held-out split, which nothing was tuned on. The floors sit a little under the figures measured
 * when the split was first read (intents README, "Request shape"); they guard against regressions.
 */
class RequestShapeHeldOutTest {

    private static final ShapeData DATA = ShapeData.bundled();
    private static final Encoders ENCODERS = new Encoders();
    private static final AtomicInteger TRAINING_EVENTS = new AtomicInteger();

    @TempDir
    static Path cache;

    private static RequestShapeModels models;
    private static RequestShapeModel model;

    @BeforeAll
    static void train() {
        models = new RequestShapeModels(ShapeSettings.defaults(), cache, ENCODERS);
        ENCODERS.get(RequestShapeModels.ENCODER).embed("load the encoder first");
        long start = System.nanoTime();
        model = models.loadOrTrain((stage, done, total) -> TRAINING_EVENTS.incrementAndGet());
        System.out.printf("shape: trained on %d rows in %.1f s%n", DATA.train().size(),
                (System.nanoTime() - start) / 1e9);
    }

    @Test
    void evaluateOnTheHeldOutSplitStaysAboveTheFloors() {
        ShapeScores scores = ShapeEvaluation.evaluate(model, DATA.test());
        ShapeScores withNet = ShapeEvaluation.evaluate(new HedgeShapes(model), DATA.test());
        ShapeThresholds thresholds = ShapeThresholds.recommended();
        System.out.printf("shape held-out (%d rows): accuracy %.3f, macro F1 %.3f%n", scores.rows(),
                scores.accuracy(), scores.macroF1());
        for (RequestShape shape : List.of(RequestShape.HEDGED, RequestShape.MULTIPLE, RequestShape.VAGUE)) {
            PrecisionRecall.Point at = scores.at(shape, thresholds.of(shape));
            PrecisionRecall.Point net = withNet.at(shape, thresholds.of(shape));
            System.out.printf("  %s ≥ %.2f: P %.3f R %.3f F1 %.3f (with the hedge markers: P %.3f R %.3f)%n", shape,
                    thresholds.of(shape), at.precision(), at.recall(), at.f1(), net.precision(), net.recall());
        }
        double plainFlagged = scores.flaggedShare(RequestShape.PLAIN, thresholds);
        System.out.printf("  plain rows flagged by any signal: %.3f; other rows: %.3f, %.3f, %.3f%n", plainFlagged,
                scores.flaggedShare(RequestShape.HEDGED, thresholds),
                scores.flaggedShare(RequestShape.MULTIPLE, thresholds),
                scores.flaggedShare(RequestShape.VAGUE, thresholds));
        for (ShapeThresholds other : RequestShapeTuningTest.OPERATING_POINTS) {
            System.out.printf("  at %s: flagged plain %.3f, hedged %.3f, multiple %.3f, vague %.3f%n", other,
                    scores.flaggedShare(RequestShape.PLAIN, other), scores.flaggedShare(RequestShape.HEDGED, other),
                    scores.flaggedShare(RequestShape.MULTIPLE, other), scores.flaggedShare(RequestShape.VAGUE, other));
        }
        PrecisionRecall.Point markers = ShapeEvaluation.evaluate(new HedgeShapes(), DATA.test())
                .at(RequestShape.HEDGED, 1);
        System.out.printf("  the hedge markers alone: HEDGED P %.3f R %.3f%n", markers.precision(), markers.recall());
        assertThat(scores.rows()).isEqualTo(236);
        assertThat(scores.macroF1()).isGreaterThanOrEqualTo(0.80);
        assertThat(plainFlagged).isLessThanOrEqualTo(0.36);
        assertThat(scores.at(RequestShape.HEDGED, thresholds.hedged()).recall()).isGreaterThanOrEqualTo(0.80);
        assertThat(scores.at(RequestShape.MULTIPLE, thresholds.multiple()).recall()).isGreaterThanOrEqualTo(0.80);
        assertThat(scores.at(RequestShape.VAGUE, thresholds.vague()).recall()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void readReadsObviousMessages() {
        assertThat(model.read("how do I change my pin and also why was I charged a fee").top())
                .isEqualTo(RequestShape.MULTIPLE);
        assertThat(model.read("could you make an exception and waive the fee this once").top())
                .isEqualTo(RequestShape.HEDGED);
        assertThat(model.read("I have a problem").top()).isEqualTo(RequestShape.VAGUE);
        assertThat(model.read("what's the fee if I send money abroad").top()).isEqualTo(RequestShape.PLAIN);
    }

    @Test
    void loadOrTrainTrainsOnceThenLoadsTheSameModelFromDisk() {
        assertThat(TRAINING_EVENTS).hasPositiveValue();
        assertThat(models.file()).exists();
        AtomicInteger events = new AtomicInteger();
        RequestShapeModel loaded = models.loadOrTrain((stage, done, total) -> events.incrementAndGet());
        assertThat(events).hasValue(0);
        assertThat(loaded).isNotSameAs(model);
        for (LabeledText row : DATA.test().subList(0, 20)) {
            assertThat(loaded.read(row.text())).isEqualTo(model.read(row.text()));
        }
    }

    @Test
    void otherDataUseAnotherFile() {
        var other = new RequestShapeModels(ShapeSettings.defaults(), cache, ENCODERS, "first-100",
                DATA.train().subList(0, 100));
        assertThat(other.file()).isNotEqualTo(models.file());
        assertThat(other.cached()).isEmpty();
    }

    @Test
    void readTakesWellUnderAMillisecondOnceTheTextIsEmbedded() {
        List<String> texts = DATA.test().stream().map(LabeledText::text).toList();
        texts.forEach(model::read); // embeds each text once, as the intent classifier does first in the product
        long start = System.nanoTime();
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            texts.forEach(model::read);
        }
        double millis = (System.nanoTime() - start) / 1e6 / (rounds * texts.size());
        System.out.printf("shape read after embedding: %.3f ms per message%n", millis);
        assertThat(millis).isLessThan(5);
    }
}
