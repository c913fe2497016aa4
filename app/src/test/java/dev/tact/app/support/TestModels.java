package dev.tact.app.support;

import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.domain.DomainLoader;
import dev.tact.intents.runtime.IntentModels;

import java.nio.file.Path;

/**
 * The model cache the app tests share ({@code target/test-models}, as in application-test.yml): the bundled
 * banking domain's model is trained once per build, by the first test that needs it.
 */
public final class TestModels {

    public static final Path CACHE = Path.of("target", "test-models").toAbsolutePath();

    private TestModels() {
    }

    /** Trains the default model into the shared cache unless it is there already. */
    public static synchronized Path ensureTrained() {
        var models = new IntentModels(ClassifierSettings.defaults(), CACHE, new Encoders());
        var domain = DomainLoader.bundled("banking");
        if (models.cached(domain).isEmpty()) {
            models.train(domain, TrainingListener.NONE);
        }
        return CACHE;
    }
}
