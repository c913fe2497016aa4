package dev.tact.intents.runtime;

import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.conversation.RepairModel;
import dev.tact.intents.conversation.RepairModels;
import dev.tact.intents.conversation.RepairSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The repair model that goes with a classifier mode. */
public final class RepairDetectors {

    private RepairDetectors() {
    }

    /**
     * The repair model trained on the bundled contexts (from the cache, or trained in a few seconds and cached) when
     * the classifier uses sentence embeddings; empty in {@code OPENNLP_ONLY} mode, which loads no embedding model
     * (the {@code repair} signal then falls back to the not-helped intent and the repeated intent).
     */
    public static Optional<RepairModel> forMode(ClassifierSettings.Mode mode, Path cacheDirectory, Encoders encoders,
                                                TrainingListener listener) {
        if (mode == ClassifierSettings.Mode.OPENNLP_ONLY) {
            return Optional.empty();
        }
        return Optional.of(new RepairModels(RepairSettings.defaults(), cacheDirectory, encoders).loadOrTrain(listener));
    }

    /** Whether {@link #forMode} would load the model rather than train it. */
    public static boolean available(ClassifierSettings.Mode mode, Path cacheDirectory, Encoders encoders) {
        return mode == ClassifierSettings.Mode.OPENNLP_ONLY
                || Files.isRegularFile(new RepairModels(RepairSettings.defaults(), cacheDirectory,
                encoders).file());
    }
}
