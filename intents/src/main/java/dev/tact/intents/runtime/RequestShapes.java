package dev.tact.intents.runtime;

import dev.tact.intents.ambiguity.HedgeShapes;
import dev.tact.intents.ambiguity.RequestShapeClassifier;
import dev.tact.intents.ambiguity.RequestShapeModels;
import dev.tact.intents.ambiguity.ShapeSettings;
import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.TrainingListener;

import java.nio.file.Files;
import java.nio.file.Path;

/** The request-shape classifier that goes with a classifier mode. */
public final class RequestShapes {

    private RequestShapes() {
    }

    /**
     * The learned model of the bundled shape data (from the cache, or trained in a few seconds and cached), with the
     * {@link HedgeShapes} marker phrases as a safety net, when the classifier uses sentence embeddings; the marker
     * phrases alone in {@code OPENNLP_ONLY} mode, which loads no embedding model.
     */
    public static RequestShapeClassifier forMode(ClassifierSettings.Mode mode, Path cacheDirectory, Encoders encoders,
                                                 TrainingListener listener) {
        if (mode == ClassifierSettings.Mode.OPENNLP_ONLY) {
            return new HedgeShapes();
        }
        return new HedgeShapes(models(cacheDirectory, encoders).loadOrTrain(listener));
    }

    /** Whether {@link #forMode} has what it needs without training (a cached model, or none needed). */
    public static boolean available(ClassifierSettings.Mode mode, Path cacheDirectory, Encoders encoders) {
        return mode == ClassifierSettings.Mode.OPENNLP_ONLY
                || Files.isRegularFile(models(cacheDirectory, encoders).file());
    }

    private static RequestShapeModels models(Path cacheDirectory, Encoders encoders) {
        return new RequestShapeModels(ShapeSettings.defaults(), cacheDirectory, encoders);
    }
}
