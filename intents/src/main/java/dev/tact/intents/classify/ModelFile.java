package dev.tact.intents.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The file of a small cached model (emotion, request shape, repair): a magic number, the cache key the model was
 * trained for, then the model's own bytes. A file with another key, a foreign or truncated one reads as empty, so
 * the model is retrained rather than trusted; writing is atomic, so no reader sees a half-written file.
 */
public final class ModelFile {

    /** Reads a model's own bytes. */
    @FunctionalInterface
    public interface Body<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Writes a model's own bytes. */
    @FunctionalInterface
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private ModelFile() {
    }

    /** The SHA-256 (hex) of the parts, one per line: what a model was trained on and how. */
    public static String key(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The model in {@code file} when it exists and was written for {@code key}. */
    public static <T> Optional<T> read(Path file, int magic, String key, Body<T> body) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return read(Files.newInputStream(file), magic, key, body);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The model in {@code stream} (closed afterwards) when it was written for {@code key}. */
    public static <T> Optional<T> read(InputStream stream, int magic, String key, Body<T> body) {
        try (var in = new DataInputStream(new BufferedInputStream(stream))) {
            if (in.readInt() != magic || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            return Optional.of(body.read(in));
        } catch (IOException | RuntimeException e) {
            // a truncated or foreign file is not fatal: the model is retrained and the file replaced
            return Optional.empty();
        }
    }

    /** Writes the model for {@code key} to {@code file}, atomically. */
    public static void write(Path file, int magic, String key, Writer model) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(magic);
                out.writeUTF(key);
                model.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
