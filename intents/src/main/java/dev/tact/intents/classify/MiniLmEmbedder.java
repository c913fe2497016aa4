package dev.tact.intents.classify;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quantised all-MiniLM-L6-v2 sentence encoder (384 dimensions, bundled in its Maven artifact, run by ONNX
 * Runtime on the CPU), with a small cache of recent texts.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private static final int CACHE_SIZE = 10_000;
    private static final int BATCH = 256;

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public String id() {
        return "all-minilm-l6-v2-q";
    }

    @Override
    public float[] embed(String text) {
        synchronized (cache) {
            float[] cached = cache.get(text);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = model.embed(text).content().vector();
        synchronized (cache) {
            cache.put(text, vector);
        }
        return vector;
    }

    @Override
    public List<float[]> embedAll(List<String> texts, TrainingListener listener) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size(); start += BATCH) {
            List<TextSegment> batch = texts.subList(start, Math.min(texts.size(), start + BATCH)).stream()
                    .map(TextSegment::from).toList();
            model.embedAll(batch).content().forEach(embedding -> vectors.add(embedding.vector()));
            listener.progress("embedding", vectors.size(), texts.size());
        }
        return vectors;
    }
}
