package dev.tact.intents.runtime;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.ClassifierFiles;
import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.EnsembleIntentClassifier;
import dev.tact.intents.classify.EnsembleTrainer;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.domain.Domain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Trained intent classifiers cached on disk: the file's name and header carry a hash of the domain's content
 * and of the classifier settings, so an edited domain or a changed setting trains a new model and an unchanged
 * one loads in well under a second.
 */
public final class IntentModels {

    private static final Logger LOG = LoggerFactory.getLogger(IntentModels.class);
    private static final String FORMAT = "tact-intents-1";

    private final ClassifierSettings settings;
    private final Path cacheDirectory;
    private final Encoders encoders;

    public IntentModels(ClassifierSettings settings, Path cacheDirectory, Encoders encoders) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory must not be null");
        this.encoders = Objects.requireNonNull(encoders, "encoders must not be null");
    }

    public ClassifierSettings settings() {
        return settings;
    }

    /** The cache key of a domain's model under these settings. */
    public String key(Domain domain) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((FORMAT + '\n' + domain.fingerprint() + '\n' + settings.fingerprint())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Where the domain's model is cached. */
    public Path file(Domain domain) {
        return cacheDirectory.resolve("intents-" + domain.name() + "-" + key(domain).substring(0, 16) + ".model");
    }

    /** The cached model, if one was trained for exactly this domain content and these settings. */
    public Optional<EnsembleIntentClassifier> cached(Domain domain) {
        return ClassifierFiles.read(file(domain), key(domain), encoders::get);
    }

    /** The cached model, or a new one trained on the domain's examples and cached. */
    public EnsembleIntentClassifier loadOrTrain(Domain domain, TrainingListener listener) {
        Optional<EnsembleIntentClassifier> cached = cached(domain);
        if (cached.isPresent()) {
            LOG.info("Loaded the intent model of domain {} from {}", domain.name(), file(domain));
            return cached.get();
        }
        return train(domain, listener);
    }

    /** Trains a new model on the domain's examples and caches it, replacing any older one. */
    public EnsembleIntentClassifier train(Domain domain, TrainingListener listener) {
        long start = System.nanoTime();
        EnsembleIntentClassifier classifier = new EnsembleTrainer(settings, encoders::get)
                .train(domain.samples(), listener);
        LOG.info("Trained the intent model of domain {} ({} examples, {} mode) in {} s", domain.name(),
                domain.samples().size(), settings.mode(), String.format("%.1f", (System.nanoTime() - start) / 1e9));
        try {
            ClassifierFiles.write(classifier, key(domain), file(domain));
        } catch (IOException e) {
            throw new IntentsException("cannot write the intent model to " + file(domain), e);
        }
        return classifier;
    }
}
