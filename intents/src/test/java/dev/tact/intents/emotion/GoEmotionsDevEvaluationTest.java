package dev.tact.intents.emotion;

import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.sentiment.LexiconSentimentScorer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full emotion evaluation (minutes; {@code mvn verify -Peval}): trains as the product does (the bundled
 * GoEmotions train split, 43,410 rows, and Tact's customer-care rows) and measures the "emotional" verdict on the dev split (5,426 rows) against "has any negative
 * GoEmotions label". Measured 2026-11-23: F1 0.605 (P 0.481, R 0.818) at the threshold chosen on train, best
 * F1 0.613, F1 at recall 0.80 0.607 — below the 0.65 target, so this test fails until the model improves.
 */
@Tag("eval")
class GoEmotionsDevEvaluationTest {

    @Test
    void devVerdictReachesTheTarget() {
        Encoders encoders = new Encoders();
        GoEmotions data = GoEmotions.bundled();
        long start = System.nanoTime();
        EmotionModel model = new EmotionTrainer(EmotionSettings.defaults(), encoders.get(EmotionModels.ENCODER),
                new LexiconSentimentScorer()).train(data.trainWithCustomerCare(), TrainingListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        EmotionFigures figures = new EmotionEvaluation(encoders.get(EmotionModels.ENCODER))
                .run(model, data.dev(), TrainingListener.NONE);
        System.out.printf("emotion: trained in %.1f s; dev: %s%n", seconds, figures);
        assertThat(figures.rows()).isEqualTo(5_426);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.80);
        assertThat(figures.f1()).isGreaterThanOrEqualTo(0.65);
    }
}
