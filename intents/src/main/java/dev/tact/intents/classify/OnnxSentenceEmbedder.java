package dev.tact.intents.classify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A quantised sentence encoder bundled in its Maven artifact and run by ONNX Runtime on the CPU, with a bounded
 * cache of recent texts (customers repeat themselves, and cross-validation embeds each text once).
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {

    /** The encoders Tact ships. */
    public enum Encoder {
        /** all-MiniLM-L6-v2, quantised: 384 dimensions, about 1.5–2 ms per sentence. */
        MINILM("all-minilm-l6-v2-q", 384, AllMiniLmL6V2QuantizedEmbeddingModel::new),
        /** BGE-small-en-v1.5, quantised: 384 dimensions, about 3 ms per sentence, the stronger of the two. */
        BGE_SMALL("bge-small-en-v1.5-q", 384, BgeSmallEnV15QuantizedEmbeddingModel::new);

        private final String id;
        private final int dimension;
        private final Supplier<EmbeddingModel> factory;

        Encoder(String id, int dimension, Supplier<EmbeddingModel> factory) {
            this.id = id;
            this.dimension = dimension;
            this.factory = factory;
        }

        public String id() {
            return id;
        }
    }

    private static final int CACHE_SIZE = 20_000;
    /** Texts are sorted by length before batching, so a batch pads little; small batches keep latency even. */
    private static final int BATCH = 32;

    private final Encoder encoder;
    private final EmbeddingModel model;
    private final Cache<String, float[]> cache = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    public OnnxSentenceEmbedder(Encoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder must not be null");
        this.model = encoder.factory.get();
    }

    @Override
    public int dimension() {
        return encoder.dimension;
    }

    @Override
    public String id() {
        return encoder.id;
    }

    @Override
    public float[] embed(String text) {
        return cache.get(text, key -> model.embed(key).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts, TrainingListener listener) {
        float[][] vectors = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = cache.getIfPresent(texts.get(i));
            if (vectors[i] == null) {
                missing.add(i);
            }
        }
        missing.sort(Comparator.comparingInt(i -> texts.get(i).length()));
        int done = texts.size() - missing.size();
        for (int start = 0; start < missing.size(); start += BATCH) {
            List<Integer> batch = missing.subList(start, Math.min(missing.size(), start + BATCH));
            var embeddings = model.embedAll(batch.stream().map(i -> TextSegment.from(texts.get(i))).toList())
                    .content();
            for (int k = 0; k < batch.size(); k++) {
                int i = batch.get(k);
                vectors[i] = embeddings.get(k).vector();
                cache.put(texts.get(i), vectors[i]);
            }
            done += batch.size();
            listener.progress("embedding " + encoder.id, done, texts.size());
        }
        return Arrays.asList(vectors);
    }
}
