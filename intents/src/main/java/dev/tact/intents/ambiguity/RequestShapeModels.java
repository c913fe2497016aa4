package dev.tact.intents.ambiguity;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.ModelFile;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.LabeledText;
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
 * The request-shape model trained on the bundled train split, cached on disk like the intent and emotion models: the
 * file's name and header carry a SHA-256 of the data, the settings, the encoder and the format. A first start trains
 * (seconds: 13.8 s measured on two heavily loaded cores, nearly all of it embedding 944 texts); later starts load
 * the 9.5 KB file in milliseconds. The encoder is MiniLM, the intent classifier's, so that {@link RequestShapeModel#read} finds the
 * message's embedding in the encoder's cache.
 */
public final class RequestShapeModels {

    private static final Logger LOG = LoggerFactory.getLogger(RequestShapeModels.class);
    private static final int MAGIC = 0x54534850; // "TSHP"
    private static final String FORMAT = "tact-shape-1";
    /** The encoder the model reads embeddings of. */
    public static final Encoder ENCODER = Encoder.MINILM;

    private final ShapeSettings settings;
    private final Path cacheDirectory;
    private final Encoders encoders;
    private final String fingerprint;
    private final List<LabeledText> train;

    /** Models of the bundled train split. */
    public RequestShapeModels(ShapeSettings settings, Path cacheDirectory, Encoders encoders) {
        this(settings, cacheDirectory, encoders, ShapeData.bundled());
    }

    private RequestShapeModels(ShapeSettings settings, Path cacheDirectory, Encoders encoders, ShapeData data) {
        this(settings, cacheDirectory, encoders, data.fingerprint(), data.train());
    }

    /** Models of other rows: {@code fingerprint} must change whenever {@code train} does. */
    public RequestShapeModels(ShapeSettings settings, Path cacheDirectory, Encoders encoders, String fingerprint,
                              List<LabeledText> train) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory must not be null");
        this.encoders = Objects.requireNonNull(encoders, "encoders must not be null");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        this.train = List.copyOf(train);
    }

    /** The cache key of the model: data, settings, encoder and file format. */
    public String key() {
        return ModelFile.key(FORMAT, fingerprint, settings.fingerprint(), ENCODER.id());
    }

    /** Where the model is cached. */
    public Path file() {
        return cacheDirectory.resolve("shape-" + key().substring(0, 16) + ".model");
    }

    /** The cached model, if one was trained for exactly this data and these settings and the file is sound. */
    public Optional<RequestShapeModel> cached() {
        return ModelFile.read(file(), MAGIC, key(), in -> RequestShapeModel.read(in, embedder()));
    }

    /** The cached model, or a new one trained and cached. */
    public RequestShapeModel loadOrTrain(TrainingListener listener) {
        Optional<RequestShapeModel> cached = cached();
        if (cached.isPresent()) {
            LOG.info("Loaded the request-shape model from {}", file());
            return cached.get();
        }
        return train(listener);
    }

    /** Trains a new model and caches it, replacing any older one. */
    public RequestShapeModel train(TrainingListener listener) {
        long start = System.nanoTime();
        RequestShapeModel model = new RequestShapeTrainer(settings, embedder()).train(train, listener);
        LOG.info("Trained the request-shape model ({} rows) in {} s", train.size(),
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
        try {
            write(model);
        } catch (IOException e) {
            throw new IntentsException("cannot write the request-shape model to " + file(), e);
        }
        return model;
    }

    private SentenceEmbedder embedder() {
        return encoders.get(ENCODER);
    }

    /** Writes atomically: a reader never sees a half-written file. */
    private void write(RequestShapeModel model) throws IOException {
        ModelFile.write(file(), MAGIC, key(), model::write);
    }
}
