package dev.tact.intents.emotion;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.ModelFile;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.sentiment.SentimentScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The emotion model trained on the bundled GoEmotions train split, cached on disk like the intent models: the
 * file's name and header carry a hash of the data, the settings and the encoders, so a model for other data or
 * settings trains once (minutes, nearly all of it embedding 44,000 texts with each encoder) and later starts load
 * it in milliseconds; the default model ships in the jar. The encoders are those of
 * {@link EmotionSettings#encoders()}: MiniLM, the one the intent classifier uses, so that
 * {@link EmotionModel#detect} finds the message's MiniLM embedding in the encoder's cache, and BGE-small.
 */
public final class EmotionModels {

    private static final Logger LOG = LoggerFactory.getLogger(EmotionModels.class);
    private static final int MAGIC = 0x54454d4f; // "TEMO"
    private static final String FORMAT = "tact-emotions-2";
    private static final String SHIPPED = "/emotions/model/";

    private final EmotionSettings settings;
    private final Path cacheDirectory;
    private final Encoders encoders;
    private final SentimentScorer sentiment;
    private final String dataFingerprint;
    private final Supplier<List<EmotionSample>> data;

    /** Models of the bundled GoEmotions train split. */
    public EmotionModels(EmotionSettings settings, Path cacheDirectory, Encoders encoders, SentimentScorer sentiment) {
        this(settings, cacheDirectory, encoders, sentiment, GoEmotions.bundled());
    }

    /**
     * Models of the first {@code rows} rows of the bundled train split and the customer-care rows (all of train when
     * {@code rows} is 0): a smaller, weaker model that trains in seconds, for tests and quick trials.
     */
    public static EmotionModels bundled(EmotionSettings settings, Path cacheDirectory, Encoders encoders,
                                        SentimentScorer sentiment, int rows) {
        if (rows <= 0) {
            return new EmotionModels(settings, cacheDirectory, encoders, sentiment);
        }
        GoEmotions goEmotions = GoEmotions.bundled();
        return new EmotionModels(settings, cacheDirectory, encoders, sentiment,
                goEmotions.fingerprint() + ":first-" + rows, () -> goEmotions.trainWithCustomerCare(rows));
    }

    private EmotionModels(EmotionSettings settings, Path cacheDirectory, Encoders encoders, SentimentScorer sentiment,
                          GoEmotions goEmotions) {
        this(settings, cacheDirectory, encoders, sentiment, goEmotions.fingerprint(), goEmotions::trainWithCustomerCare);
    }

    /** Models of other rows: {@code fingerprint} must change whenever {@code data} does. */
    public EmotionModels(EmotionSettings settings, Path cacheDirectory, Encoders encoders, SentimentScorer sentiment,
                         String fingerprint, Supplier<List<EmotionSample>> data) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory must not be null");
        this.encoders = Objects.requireNonNull(encoders, "encoders must not be null");
        this.sentiment = Objects.requireNonNull(sentiment, "sentiment must not be null");
        this.dataFingerprint = Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        this.data = Objects.requireNonNull(data, "data must not be null");
    }

    /** The cache key of the model: data, settings, encoder and file format. */
    public String key() {
        return ModelFile.key(FORMAT, dataFingerprint, settings.fingerprint(),
                String.join(",", settings.encoders().stream().map(Encoder::id).toList()));
    }

    /** Where the model is cached. */
    public Path file() {
        return cacheDirectory.resolve("emotions-" + key().substring(0, 16) + ".model");
    }

    /** The cached model, if one was trained for exactly this data and these settings. */
    public Optional<EmotionModel> cached() {
        Optional<EmotionModel> cached = ModelFile.read(file(), MAGIC, key(), this::body);
        return cached.isPresent() || Files.isRegularFile(file()) ? cached : shipped();
    }

    /**
     * The model shipped in the jar under {@value #SHIPPED}, when it was trained for exactly this data and these
     * settings (the default ones): the server's first start then needs no emotion training. {@code tact train}
     * and the {@code -Peval} evaluation train the same model from the data.
     */
    public Optional<EmotionModel> shipped() {
        InputStream in = EmotionModels.class.getResourceAsStream(SHIPPED + file().getFileName());
        return in == null ? Optional.empty() : read(in);
    }

    /** Whether a model for this data and these settings is cached or shipped. */
    public boolean available() {
        return Files.isRegularFile(file()) || EmotionModels.class.getResource(SHIPPED + file().getFileName()) != null;
    }

    private Optional<EmotionModel> read(InputStream stream) {
        return ModelFile.read(stream, MAGIC, key(), this::body);
    }

    private EmotionModel body(DataInputStream in) throws IOException {
        return EmotionModel.read(in, embedders(), new EmotionFeatures(sentiment));
    }

    /** The cached model, or a new one trained and cached. */
    public EmotionModel loadOrTrain(TrainingListener listener) {
        Optional<EmotionModel> cached = cached();
        if (cached.isPresent()) {
            LOG.info("Loaded the emotion model {}", Files.isRegularFile(file()) ? "from " + file()
                    : "shipped in the jar (" + file().getFileName() + ")");
            return cached.get();
        }
        return train(listener);
    }

    /** Trains a new model and caches it, replacing any older one. */
    public EmotionModel train(TrainingListener listener) {
        long start = System.nanoTime();
        List<EmotionSample> samples = data.get();
        EmotionModel model = new EmotionTrainer(settings, embedders(), sentiment).train(samples, listener);
        LOG.info("Trained the emotion model ({} rows) in {} s", samples.size(),
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
        try {
            store(model);
        } catch (IOException e) {
            throw new IntentsException("cannot write the emotion model to " + file(), e);
        }
        return model;
    }

    private List<SentenceEmbedder> embedders() {
        return settings.encoders().stream().map(encoders::get).toList();
    }

    /** Caches {@code model} as this data's and settings' model, atomically: a reader never sees a half-written file. */
    void store(EmotionModel model) throws IOException {
        ModelFile.write(file(), MAGIC, key(), model::write);
    }
}
