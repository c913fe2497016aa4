package dev.tact.intents.emotion;

import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;
import dev.tact.intents.classify.SentenceEmbedder;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The encoders of the evaluations, each with its vectors kept in {@code target/embeddings/} across runs. */
final class EvaluationEncoders {

    static final Path DIRECTORY = Path.of("target/embeddings");
    private static final Encoders ENCODERS = new Encoders();
    private static final Map<Encoder, SentenceEmbedder> CACHED = new EnumMap<>(Encoder.class);

    private EvaluationEncoders() {
    }

    static synchronized List<SentenceEmbedder> of(List<Encoder> encoders) {
        return encoders.stream().map(e -> CACHED.computeIfAbsent(e,
                key -> new DiskCachedEmbedder(ENCODERS.get(key), DIRECTORY))).toList();
    }

    static Encoders encoders() {
        return ENCODERS;
    }
}
