package dev.tact.intents.conversation;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.ModelFile;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The repair model trained on the bundled train split, cached on disk like the intent and emotion models: the file's
 * name and header carry a hash of the data, the settings and the encoder. Training embeds about 750 short texts and
 * fits a small regression (12 s measured on two cores under heavy load), once; later starts load the 6 KB file in
 * milliseconds.
 * The encoder is MiniLM, the intent classifier's, so that the customer's turns are found in the encoder's cache.
 */
public final class RepairModels {

    private static final Logger LOG = LoggerFactory.getLogger(RepairModels.class);
    private static final int MAGIC = 0x54524550; // "TREP"
    private static final String FORMAT = "tact-repair-1";
    static final Encoder ENCODER = Encoder.MINILM;

    private final RepairSettings settings;
    private final Path cacheDirectory;
    private final Encoders encoders;

    public RepairModels(RepairSettings settings, Path cacheDirectory, Encoders encoders) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory must not be null");
        this.encoders = Objects.requireNonNull(encoders, "encoders must not be null");
    }

    /** The cache key of the model: data, settings, encoder and file format. */
    public String key() {
        return ModelFile.key(FORMAT, RepairData.trainFingerprint(), settings.fingerprint(), ENCODER.id());
    }

    /** Where the model is cached. */
    public Path file() {
        return cacheDirectory.resolve("repair-" + key().substring(0, 16) + ".model");
    }

    /** The cached model, if one was trained for exactly this data and these settings. */
    public Optional<RepairModel> cached() {
        return ModelFile.read(file(), MAGIC, key(), in -> RepairModel.read(in, embedder()));
    }

    /** The cached model, or a new one trained and cached. */
    public RepairModel loadOrTrain(TrainingListener listener) {
        Optional<RepairModel> cached = cached();
        if (cached.isPresent()) {
            LOG.info("Loaded the repair model from {}", file());
            return cached.get();
        }
        return train(listener);
    }

    /** Trains a new model on the bundled train split and caches it, replacing any older one. */
    public RepairModel train(TrainingListener listener) {
        long start = System.nanoTime();
        List<RepairSample> samples = RepairData.train();
        RepairModel model = new RepairTrainer(settings, embedder()).train(samples, listener);
        LOG.info("Trained the repair model ({} contexts) in {} s", samples.size(),
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
        try {
            write(model);
        } catch (IOException e) {
            throw new IntentsException("cannot write the repair model to " + file(), e);
        }
        return model;
    }

    private SentenceEmbedder embedder() {
        return encoders.get(ENCODER);
    }

    /** Writes atomically: a reader never sees a half-written file. */
    private void write(RepairModel model) throws IOException {
        ModelFile.write(file(), MAGIC, key(), model::write);
    }
}
