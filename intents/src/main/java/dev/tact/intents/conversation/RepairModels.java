package dev.tact.intents.conversation;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n", FORMAT, RepairData.trainFingerprint(), settings.fingerprint(),
                    ENCODER.id()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Where the model is cached. */
    public Path file() {
        return cacheDirectory.resolve("repair-" + key().substring(0, 16) + ".model");
    }

    /** The cached model, if one was trained for exactly this data and these settings. */
    public Optional<RepairModel> cached() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(key())) {
                return Optional.empty();
            }
            return Optional.of(RepairModel.read(in, embedder()));
        } catch (IOException | RuntimeException e) {
            // a truncated or foreign file is not fatal: the model is retrained and the file replaced
            return Optional.empty();
        }
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
        Path file = file().toAbsolutePath();
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(MAGIC);
                out.writeUTF(key());
                model.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
