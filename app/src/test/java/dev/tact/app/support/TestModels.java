package dev.tact.app.support;

import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.domain.DomainLoader;
import dev.tact.intents.runtime.EmotionDetectors;
import dev.tact.intents.runtime.IntentModels;
import dev.tact.intents.runtime.RequestShapes;
import dev.tact.intents.runtime.RepairDetectors;
import dev.tact.intents.sentiment.LexiconSentimentScorer;

import java.nio.file.Path;
import java.util.Map;

/**
 * The model cache the app tests share ({@code target/test-models}, as in application-test.yml): the bundled
 * banking domain's model, the emotion, request-shape and repair models are trained once per build, by the first
 * test that needs them.
 */
public final class TestModels {

    public static final Path CACHE = Path.of("target", "test-models").toAbsolutePath();

    /** The tests use the emotion model shipped in the jar (0 rows: nothing to train; as in application-test.yml). */
    public static final int EMOTION_ROWS = 0;

    private TestModels() {
    }

    /** Trains the default model into the shared cache unless it is there already. */
    public static synchronized Path ensureTrained() {
        var models = new IntentModels(ClassifierSettings.defaults(), CACHE, new Encoders());
        var domain = DomainLoader.bundled("banking");
        if (models.cached(domain).isEmpty()) {
            models.train(domain, TrainingListener.NONE);
        }
        EmotionDetectors.forMode(ClassifierSettings.Mode.ENSEMBLE, CACHE, new Encoders(), new LexiconSentimentScorer(),
                EMOTION_ROWS, TrainingListener.NONE);
        RequestShapes.forMode(ClassifierSettings.Mode.ENSEMBLE, CACHE, new Encoders(), TrainingListener.NONE);
        RepairDetectors.forMode(ClassifierSettings.Mode.ENSEMBLE, CACHE, new Encoders(), TrainingListener.NONE);
        return CACHE;
    }

    /** The environment of a command or child server that uses the shared cache. */
    public static Map<String, String> environment() {
        return Map.of("TACT_MODEL_CACHE", ensureTrained().toString(),
                "TACT_EMOTION_TRAINING_ROWS", String.valueOf(EMOTION_ROWS));
    }
}
