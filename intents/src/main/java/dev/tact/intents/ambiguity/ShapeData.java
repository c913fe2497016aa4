package dev.tact.intents.ambiguity;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.LabeledText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The request-shape data written for Tact ({@code src/main/resources/shape/}, see its README): bank-app customer
 * messages labelled with a {@link RequestShape}, as a train split and a held-out test split frozen before any tuning.
 * The product trains on {@link #train()} only; {@link #test()} is for measuring.
 *
 * @param train       the rows to learn and tune on
 * @param test        the held-out rows
 * @param fingerprint SHA-256 of both files, for cache keys
 */
public record ShapeData(List<LabeledText> train, List<LabeledText> test, String fingerprint) {

    private static final String DIRECTORY = "/shape/";

    public ShapeData {
        train = List.copyOf(train);
        test = List.copyOf(test);
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
    }

    /** The bundled splits. */
    public static ShapeData bundled() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<LabeledText> train = read("train.tsv", digest);
            List<LabeledText> test = read("test.tsv", digest);
            return new ShapeData(train, test, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static List<LabeledText> read(String name, MessageDigest digest) {
        try (InputStream in = ShapeData.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IntentsException("missing resource " + DIRECTORY + name);
            }
            byte[] bytes = in.readAllBytes();
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            return parse(name, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IntentsException("cannot read " + DIRECTORY + name, e);
        }
    }

    /** Rows of {@code text<TAB>shape} after a header line; every label must be a {@link RequestShape}. */
    static List<LabeledText> parse(String name, String content) {
        List<LabeledText> rows = new ArrayList<>();
        String[] lines = content.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] fields = lines[i].split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank()) {
                throw new IntentsException(name + ":" + (i + 1) + ": expected text<TAB>shape");
            }
            try {
                rows.add(new LabeledText(fields[0].strip(), RequestShape.of(fields[1]).label()));
            } catch (IllegalArgumentException e) {
                throw new IntentsException(name + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return rows;
    }
}
