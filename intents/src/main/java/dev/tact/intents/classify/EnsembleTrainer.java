package dev.tact.intents.classify;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Trains an {@link EnsembleIntentClassifier} with the given settings. */
public final class EnsembleTrainer implements IntentTrainer {

    private final ClassifierSettings settings;
    private final Optional<SentenceEmbedder> embedder;

    /** @param embedder required unless the mode is {@link ClassifierSettings.Mode#OPENNLP_ONLY} */
    public EnsembleTrainer(ClassifierSettings settings, Optional<SentenceEmbedder> embedder) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        if (settings.usesEmbeddings() && embedder.isEmpty()) {
            throw new IllegalArgumentException(settings.mode() + " needs a sentence embedder");
        }
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
        Optional<EmbeddingRegression> regression = Optional.empty();
        if (settings.usesEmbeddings()) {
            SentenceEmbedder encoder = embedder.orElseThrow();
            List<float[]> vectors = encoder.embedAll(samples.stream().map(LabeledText::text).toList(), listener);
            Map<String, Integer> index = labels.stream()
                    .collect(Collectors.toMap(Function.identity(), labels::indexOf));
            int[] y = samples.stream().mapToInt(sample -> index.get(sample.label())).toArray();
            regression = Optional.of(new EmbeddingRegression(encoder,
                    SoftmaxRegression.train(vectors, y, labels.size(), settings.regression(), listener)));
        }
        Optional<MaxentIntentModel> maxent = Optional.empty();
        if (settings.usesMaxent()) {
            listener.progress("maxent", 0, 1);
            maxent = Optional.of(MaxentIntentModel.train(samples, settings));
            listener.progress("maxent", 1, 1);
        }
        return new EnsembleIntentClassifier(labels, maxent, regression, settings.maxentWeight());
    }
}
