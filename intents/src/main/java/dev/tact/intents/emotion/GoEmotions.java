package dev.tact.intents.emotion;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.intents.IntentsException;
import dev.tact.intents.csv.CsvReader;
import dev.tact.intents.csv.CsvRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The GoEmotions train and dev splits bundled under {@code emotions/goemotions/} (Apache-2.0, see the README there):
 * tab-separated {@code text, label ids, comment id}, label names in {@code emotions.txt}, the gold "negative"
 * labels from {@code sentiment_dict.json}.
 */
public final class GoEmotions {

    private static final String FOLDER = "/emotions/goemotions/";
    private static final String CUSTOMER_CARE = "/emotions/tact/customer-care.tsv";
    static final int CUSTOMER_CARE_WEIGHT = 4;

    private final List<String> names;
    private final Set<String> negative;

    private GoEmotions(List<String> names, Set<String> negative) {
        this.names = names;
        this.negative = negative;
    }

    /** The bundled data set. */
    public static GoEmotions bundled() {
        String emotions = new String(bytes("emotions.txt"), StandardCharsets.UTF_8);
        List<String> names = Arrays.stream(emotions.split("\n")).map(String::strip).toList();
        try {
            Map<String, List<String>> sentiment = new ObjectMapper().readValue(bytes("sentiment_dict.json"),
                    new TypeReference<>() { });
            return new GoEmotions(names, Set.copyOf(sentiment.get("negative")));
        } catch (IOException e) {
            throw new IntentsException("cannot read " + FOLDER + "sentiment_dict.json", e);
        }
    }

    /** The 43,410 rows of the train split. */
    public List<EmotionSample> train() {
        return read("train.tsv");
    }

    /** The 5,426 rows of the dev split. */
    public List<EmotionSample> dev() {
        return read("dev.tsv");
    }

    /**
     * A SHA-256 of the train split, the customer-care rows and their weight, the label names and the sentiment
     * grouping: what a trained model depends on.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : List.of("train.tsv", "emotions.txt", "sentiment_dict.json", CUSTOMER_CARE)) {
                digest.update(bytes(file));
            }
            digest.update(("weight " + CUSTOMER_CARE_WEIGHT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Rows written for Tact in GoEmotions' format and labels: 1,602 bank-customer messages, 780 calm or positive
     * reports of problems, 822 upset ({@code emotions/tact/}, see the README there). GoEmotions is Reddit; these
     * teach the detector how customers sound ("are you kidding me", shouting, sarcasm) and that "my top up failed" is
     * not anger.
     */
    public List<EmotionSample> customerCare() {
        return read(CUSTOMER_CARE);
    }

    /**
     * What the bundled emotion model learns from: the train split and the customer-care rows, the latter
     * {@value #CUSTOMER_CARE_WEIGHT} times so that 1,602 rows weigh against 43,410 (the trainer's held-out
     * part is split by distinct text, so the copies never fall on both sides).
     */
    public List<EmotionSample> trainWithCustomerCare() {
        return trainWithCustomerCare(Integer.MAX_VALUE);
    }

    /** The first {@code trainRows} rows of the train split and the weighted customer-care rows. */
    public List<EmotionSample> trainWithCustomerCare(int trainRows) {
        List<EmotionSample> train = train();
        List<EmotionSample> rows = new ArrayList<>(train.subList(0, Math.min(trainRows, train.size())));
        List<EmotionSample> care = customerCare();
        for (int i = 0; i < CUSTOMER_CARE_WEIGHT; i++) {
            rows.addAll(care);
        }
        return rows;
    }

    private List<EmotionSample> read(String file) {
        String text = new String(bytes(file), StandardCharsets.UTF_8);
        try {
            List<CsvRow> rows = CsvReader.read(new StringReader(text), '\t');
            List<EmotionSample> samples = new ArrayList<>(rows.size());
            for (CsvRow row : rows) {
                List<String> labels = Arrays.stream(row.fields().get(1).split(","))
                        .map(id -> names.get(Integer.parseInt(id.strip()))).toList();
                samples.add(new EmotionSample(row.fields().get(0), labels, labels.stream().anyMatch(negative::contains)));
            }
            return samples;
        } catch (IOException | RuntimeException e) {
            throw new IntentsException("cannot read " + file, e);
        }
    }

    private static byte[] bytes(String file) {
        String path = file.startsWith("/") ? file : FOLDER + file;
        try (InputStream in = GoEmotions.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IntentsException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IntentsException("cannot read " + FOLDER + file, e);
        }
    }
}
