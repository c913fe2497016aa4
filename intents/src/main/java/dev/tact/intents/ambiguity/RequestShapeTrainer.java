package dev.tact.intents.ambiguity;

import dev.tact.intents.classify.LabeledText;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.SoftmaxRegression;
import dev.tact.intents.classify.TrainingListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Trains a {@link RequestShapeModel} on texts labelled with a {@link RequestShape#label()}. Deterministic. */
public final class RequestShapeTrainer {

    private final ShapeSettings settings;
    private final SentenceEmbedder embedder;

    public RequestShapeTrainer(ShapeSettings settings, SentenceEmbedder embedder) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
    }

    /** @throws IllegalArgumentException when a label is not a request shape or there are no samples */
    public RequestShapeModel train(List<LabeledText> samples, TrainingListener listener) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples to train on");
        }
        int[] labels = samples.stream().mapToInt(sample -> RequestShape.of(sample.label()).ordinal()).toArray();
        List<float[]> embeddings = embedder.embedAll(samples.stream().map(LabeledText::text).toList(), listener);
        List<float[]> inputs = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            inputs.add(RequestShapeModel.features(samples.get(i).text(), embeddings.get(i), settings.cues()));
        }
        SoftmaxRegression regression = SoftmaxRegression.train(inputs, labels, RequestShape.values().length,
                settings.regression(), listener);
        return new RequestShapeModel(embedder, regression, settings.cues());
    }
}
