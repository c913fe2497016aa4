package dev.tact.intents.classify;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a trained {@link EnsembleIntentClassifier} to one file and reads it back: a small header with the key it
 * was trained under, the labels, the OpenNLP model and each regression with the id of its encoder (the encoders
 * themselves ship in their jars and are not copied).
 */
public final class ClassifierFiles {

    private static final int MAGIC = 0x54414354; // "TACT"
    private static final int FORMAT = 4;

    private ClassifierFiles() {
    }

    /** Writes atomically: a reader never sees a half-written file. */
    public static void write(EnsembleIntentClassifier classifier, String key, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(key);
                out.writeInt(classifier.labels().size());
                for (String label : classifier.labels()) {
                    out.writeUTF(label);
                }
                out.writeDouble(classifier.maxentWeight());
                out.writeDouble(classifier.temperature());
                out.writeBoolean(classifier.maxent().isPresent());
                if (classifier.maxent().isPresent()) {
                    var bytes = new ByteArrayOutputStream();
                    classifier.maxent().get().write(bytes);
                    out.writeInt(bytes.size());
                    bytes.writeTo(out);
                }
                out.writeInt(classifier.regressions().size());
                for (int r = 0; r < classifier.regressions().size(); r++) {
                    out.writeUTF(classifier.regressions().get(r).embedder().id());
                    out.writeDouble(classifier.regressionWeights().get(r));
                    EmbeddingClassifier model = classifier.regressions().get(r);
                    out.writeDouble(model.neighbourShare());
                    model.regression().write(out);
                    model.neighbours().write(out);
                }
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads a classifier if the file exists, is intact and was written under {@code key}; empty otherwise (the
     * caller retrains).
     */
    public static Optional<EnsembleIntentClassifier> read(Path file, String key,
                                                          Function<Encoder, SentenceEmbedder> encoders) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int labelCount = in.readInt();
            List<String> labels = new ArrayList<>(labelCount);
            for (int i = 0; i < labelCount; i++) {
                labels.add(in.readUTF());
            }
            double maxentWeight = in.readDouble();
            double temperature = in.readDouble();
            Optional<MaxentIntentModel> maxent = Optional.empty();
            if (in.readBoolean()) {
                byte[] bytes = in.readNBytes(in.readInt());
                maxent = Optional.of(MaxentIntentModel.read(new ByteArrayInputStream(bytes)));
            }
            int regressionCount = in.readInt();
            List<EmbeddingClassifier> regressions = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (int r = 0; r < regressionCount; r++) {
                Encoder encoder = encoder(in.readUTF());
                weights.add(in.readDouble());
                double neighbourShare = in.readDouble();
                regressions.add(new EmbeddingClassifier(encoders.apply(encoder), SoftmaxRegression.read(in),
                        NearestNeighbours.read(in), neighbourShare, labels.indexOf(LabeledText.OUT_OF_SCOPE)));
            }
            return Optional.of(new EnsembleIntentClassifier(labels, maxent, maxentWeight, regressions, weights,
                    temperature));
        } catch (IOException | RuntimeException e) {
            // a truncated or foreign file is not fatal: the model is retrained and the file replaced
            return Optional.empty();
        }
    }

    private static Encoder encoder(String id) {
        return Arrays.stream(Encoder.values()).filter(encoder -> encoder.id().equals(id)).findFirst()
                .orElseThrow(() -> new IntentsException("unknown sentence encoder " + id));
    }
}
