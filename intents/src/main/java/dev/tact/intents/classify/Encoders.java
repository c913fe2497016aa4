package dev.tact.intents.classify;

import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;

import java.util.EnumMap;
import java.util.Map;

/**
 * The sentence encoders of one process, each loaded once on first use (an ONNX session holds tens of megabytes
 * and takes about a second to load) and shared by training and classification. Thread-safe.
 */
public final class Encoders {

    private static final Encoders SHARED = new Encoders();

    private final Map<Encoder, SentenceEmbedder> loaded = new EnumMap<>(Encoder.class);

    /** The process's shared encoders (a server loads each model once, whoever asks first). */
    public static Encoders shared() {
        return SHARED;
    }

    public synchronized SentenceEmbedder get(Encoder encoder) {
        return loaded.computeIfAbsent(encoder, OnnxSentenceEmbedder::new);
    }
}
