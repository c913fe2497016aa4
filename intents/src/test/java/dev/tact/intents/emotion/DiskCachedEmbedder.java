package dev.tact.intents.emotion;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.TrainingListener;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence encoder whose vectors of earlier runs are kept in a file (under {@code target/}), so that the
 * evaluations embed the 49k GoEmotions texts once per encoder rather than once per run. The vectors are the
 * encoder's own, so a model trained through this embedder equals one trained through the encoder.
 */
final class DiskCachedEmbedder implements SentenceEmbedder {

    private static final int MAGIC = 0x54454d42; // "TEMB"

    private final SentenceEmbedder encoder;
    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();

    DiskCachedEmbedder(SentenceEmbedder encoder, Path directory) {
        this.encoder = Objects.requireNonNull(encoder, "encoder must not be null");
        this.file = Objects.requireNonNull(directory, "directory must not be null").resolve(encoder.id() + ".vectors");
        if (Files.isRegularFile(file)) {
            load();
        }
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public String id() {
        return encoder.id();
    }

    @Override
    public synchronized float[] embed(String text) {
        return vectors.computeIfAbsent(text, encoder::embed);
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> texts, TrainingListener listener) {
        List<String> missing = texts.stream().distinct().filter(t -> !vectors.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            List<float[]> embedded = encoder.embedAll(missing, listener);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), embedded.get(i));
            }
            save();
        }
        List<float[]> result = new ArrayList<>(texts.size());
        texts.forEach(t -> result.add(vectors.get(t)));
        return result;
    }

    private void load() {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                return;
            }
            int count = in.readInt();
            int dimension = in.readInt();
            for (int i = 0; i < count; i++) {
                String text = in.readUTF();
                float[] v = new float[dimension];
                for (int j = 0; j < dimension; j++) {
                    v[j] = in.readFloat();
                }
                vectors.put(text, v);
            }
        } catch (IOException e) {
            vectors.clear(); // a damaged file is rebuilt
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(MAGIC);
                out.writeInt(vectors.size());
                out.writeInt(encoder.dimension());
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IntentsException("cannot write " + file, e);
        }
    }
}
