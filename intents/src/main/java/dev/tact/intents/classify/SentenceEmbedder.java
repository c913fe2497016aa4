package dev.tact.intents.classify;

import java.util.List;

/** Maps a sentence to a dense vector whose cosine similarity reflects meaning. Thread-safe. */
public interface SentenceEmbedder {

    /** The vector's length. */
    int dimension();

    float[] embed(String text);

    /** Embeds many texts, possibly in parallel; the default embeds them one by one. */
    default List<float[]> embedAll(List<String> texts, TrainingListener listener) {
        List<float[]> vectors = new java.util.ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            vectors.add(embed(texts.get(i)));
            listener.progress("embedding", i + 1, texts.size());
        }
        return vectors;
    }

    /** A name that identifies the model, for cache keys. */
    String id();
}
