package dev.tact.intents.classify;

import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Trains an {@link EnsembleIntentClassifier} with the given settings. */
public final class EnsembleTrainer implements IntentTrainer {

    private final ClassifierSettings settings;
    private final Function<Encoder, SentenceEmbedder> encoders;

    /** @param encoders gives the sentence embedder of an encoder (not called in OpenNLP-only mode) */
    public EnsembleTrainer(ClassifierSettings settings, Function<Encoder, SentenceEmbedder> encoders) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.encoders = Objects.requireNonNull(encoders, "encoders must not be null");
    }

    public ClassifierSettings settings() {
        return settings;
    }

    @Override
    public EnsembleIntentClassifier train(List<LabeledText> samples, TrainingListener listener) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("nothing to train on");
        }
        List<String> labels = List.copyOf(samples.stream().map(LabeledText::label)
                .collect(Collectors.toCollection(TreeSet::new)));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("training needs at least two labels, found " + labels);
        }
        // maxent trains on its own thread while the texts are embedded: each side is deterministic by itself
        CompletableFuture<Optional<MaxentIntentModel>> maxent = settings.usesMaxent()
                ? CompletableFuture.supplyAsync(() -> Optional.of(trainMaxent(samples, listener)), MAXENT_THREAD)
                : CompletableFuture.completedFuture(Optional.empty());
        List<EmbeddingClassifier> regressions = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (settings.usesEmbeddings()) {
            Map<String, Integer> index = labels.stream()
                    .collect(Collectors.toMap(Function.identity(), labels::indexOf));
            int[] y = samples.stream().mapToInt(sample -> index.get(sample.label())).toArray();
            List<String> texts = samples.stream().map(LabeledText::text).toList();
            for (var entry : settings.encoders().entrySet()) {
                SentenceEmbedder embedder = encoders.apply(entry.getKey());
                List<float[]> vectors = embedder.embedAll(texts, listener);
                TrainingListener stage = (name, done, total) ->
                        listener.progress(name + " " + embedder.id(), done, total);
                regressions.add(new EmbeddingClassifier(embedder,
                        SoftmaxRegression.train(vectors, y, labels.size(), settings.regression(), stage),
                        NearestNeighbours.of(vectors, y, labels.size()), settings.neighbourShare(),
                        labels.indexOf(LabeledText.OUT_OF_SCOPE)));
                weights.add(entry.getValue());
            }
        }
        return new EnsembleIntentClassifier(labels, joined(maxent), settings.maxentWeight(), regressions, weights,
                settings.temperature());
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private MaxentIntentModel trainMaxent(List<LabeledText> samples, TrainingListener listener) {
        listener.progress("maxent", 0, 1);
        MaxentIntentModel model = MaxentIntentModel.train(samples, settings);
        listener.progress("maxent", 1, 1);
        return model;
    }

    /** A new daemon thread per maxent training, so nothing outlives training or keeps the JVM running. */
    private static final java.util.concurrent.Executor MAXENT_THREAD = task -> {
        Thread thread = new Thread(task, "tact-maxent-training");
        thread.setDaemon(true);
        thread.start();
    };
}
