package dev.tact.intents.conversation;

import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.SoftmaxRegression;
import dev.tact.intents.classify.TrainingListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Trains a {@link RepairModel} on labelled contexts (a few hundred: about a second once the texts are embedded). */
public final class RepairTrainer {

    private final RepairSettings settings;
    private final SentenceEmbedder embedder;

    public RepairTrainer(RepairSettings settings, SentenceEmbedder embedder) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
    }

    public RepairModel train(List<RepairSample> samples, TrainingListener listener) {
        if (samples.stream().map(RepairSample::repair).distinct().count() < 2) {
            throw new IllegalArgumentException("the samples need both repairs and other turns");
        }
        Map<String, float[]> vectors = embed(embedder, samples, listener);
        List<float[]> inputs = new ArrayList<>();
        int[] labels = new int[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            inputs.add(features(samples.get(i), vectors));
            labels[i] = samples.get(i).repair() ? 1 : 0;
        }
        return new RepairModel(embedder, SoftmaxRegression.train(inputs, labels, 2, settings.regression(), listener));
    }

    /** Every distinct text of the samples embedded once. */
    static Map<String, float[]> embed(SentenceEmbedder embedder, List<RepairSample> samples,
                                      TrainingListener listener) {
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        for (RepairSample sample : samples) {
            texts.add(sample.previous());
            texts.add(sample.answer());
            texts.add(sample.current());
        }
        List<String> distinct = List.copyOf(texts);
        List<float[]> embedded = embedder.embedAll(distinct, listener);
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            vectors.put(distinct.get(i), embedded.get(i));
        }
        return vectors;
    }

    static float[] features(RepairSample sample, Map<String, float[]> vectors) {
        return RepairFeatures.of(sample.previous(), sample.answer(), sample.current(), vectors.get(sample.previous()),
                vectors.get(sample.answer()), vectors.get(sample.current()));
    }
}
