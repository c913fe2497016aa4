package dev.tact.intents.conversation;

import dev.tact.intents.IntentsException;
import dev.tact.intents.csv.CsvReader;
import dev.tact.intents.csv.CsvRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The labelled contexts shipped under {@value #DIRECTORY} (written for Tact, see the README there): the train split
 * the bundled model learns from and the held-out split, frozen before anything was tuned, that only measures it.
 */
public final class RepairData {

    static final String DIRECTORY = "/repair/";
    private static final String TRAIN = "train.csv";
    private static final String HELD_OUT = "heldout.csv";
    private static final List<String> HEADER = List.of("exchange", "answered_intent", "previous", "answer",
            "current", "label");

    private RepairData() {
    }

    public static List<RepairSample> train() {
        return read(TRAIN);
    }

    public static List<RepairSample> heldOut() {
        return read(HELD_OUT);
    }

    /** A SHA-256 of the train split: what the bundled model depends on. */
    public static String trainFingerprint() {
        try (InputStream in = open(TRAIN)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new IntentsException("cannot read " + DIRECTORY + TRAIN, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static List<RepairSample> read(String file) {
        try (InputStream in = open(file)) {
            List<CsvRow> rows = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (rows.isEmpty() || !rows.get(0).fields().equals(HEADER)) {
                throw new IntentsException(file + ": the header must be " + String.join(",", HEADER));
            }
            List<RepairSample> samples = new ArrayList<>();
            for (CsvRow row : rows.subList(1, rows.size())) {
                List<String> f = row.fields();
                if (f.size() != HEADER.size() || !(f.get(5).equals("repair") || f.get(5).equals("not_repair"))) {
                    throw new IntentsException(file + ":" + row.line() + ": expected " + HEADER.size()
                            + " fields ending in repair or not_repair");
                }
                samples.add(new RepairSample(f.get(0), f.get(2), f.get(3), f.get(4), f.get(5).equals("repair")));
            }
            return samples;
        } catch (IOException e) {
            throw new IntentsException("cannot read " + DIRECTORY + file, e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = RepairData.class.getResourceAsStream(DIRECTORY + file);
        if (in == null) {
            throw new IntentsException("missing resource " + DIRECTORY + file);
        }
        return in;
    }
}
