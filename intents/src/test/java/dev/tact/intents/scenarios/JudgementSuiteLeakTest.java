package dev.tact.intents.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;
import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.csv.CsvReader;
import dev.tact.intents.csv.CsvRow;
import dev.tact.intents.domain.DomainLoader;
import dev.tact.intents.classify.LabeledText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judgement suite's test split is held out from everything the product learns from: no test turn equals, or
 * nearly equals (cosine ≥ {@value #NEAR} of the MiniLM embeddings), a training example of the bundled domain or of
 * the detectors' own data. Exempt are turns of at most {@value #SHORT_WORDS} words ("hi", "thanks", "yes please"),
 * which are too short to be anything but what every data set also says.
 */
class JudgementSuiteLeakTest {

    static final double NEAR = 0.9;
    static final int SHORT_WORDS = 3;
    /**
     * The detectors' data shipped as resources (their held-out parts too): a TSV or CSV file and the columns that
     * hold customer text.
     */
    static final Map<String, List<Integer>> DETECTOR_DATA = Map.of(
            "emotions/tact/customer-care.tsv", List.of(0),
            "shape/train.tsv", List.of(0),
            "shape/test.tsv", List.of(0),
            "repair/train.csv", List.of(2, 4),
            "repair/heldout.csv", List.of(2, 4));

    @Test
    void testTurnsAreFarFromEveryTrainingExample() {
        List<String> training = trainingTexts();
        List<String> turns = turns("test");
        SentenceEmbedder embedder = Encoders.shared().get(Encoder.MINILM);
        List<float[]> trainingVectors = normalised(embedder.embedAll(training, TrainingListener.NONE));
        List<String> leaks = new ArrayList<>();
        Set<String> exact = new LinkedHashSet<>();
        training.forEach(text -> exact.add(key(text)));
        for (String turn : turns) {
            if (exact.contains(key(turn))) {
                leaks.add("equal: " + turn);
                continue;
            }
            float[] vector = normalised(List.of(embedder.embed(turn))).get(0);
            int best = -1;
            double bestCosine = -1;
            for (int i = 0; i < trainingVectors.size(); i++) {
                double cosine = dot(vector, trainingVectors.get(i));
                if (cosine > bestCosine) {
                    bestCosine = cosine;
                    best = i;
                }
            }
            if (bestCosine >= NEAR) {
                leaks.add(String.format(Locale.ROOT, "%.3f: %s ~ %s", bestCosine, turn, training.get(best)));
            }
        }
        assertThat(turns).hasSizeGreaterThan(100);
        assertThat(leaks).as("test turns equal or near a training example").isEmpty();
    }

    static List<String> trainingTexts() {
        Set<String> texts = new LinkedHashSet<>();
        DomainLoader.bundled("banking").samples().stream().map(LabeledText::text).forEach(texts::add);
        DETECTOR_DATA.forEach((resource, columns) -> {
            List<CsvRow> rows;
            try {
                rows = CsvReader.read(new StringReader(String.join("\n", read(resource))),
                        resource.endsWith(".tsv") ? '\t' : ',');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (CsvRow row : rows) {
                for (int column : columns) {
                    if (column < row.fields().size() && !row.fields().get(column).isBlank()) {
                        texts.add(row.fields().get(column));
                    }
                }
            }
        });
        return List.copyOf(texts);
    }

    static List<String> turns(String split) {
        ObjectMapper json = new ObjectMapper();
        List<String> turns = new ArrayList<>();
        for (String line : read("scenarios/judgement/" + split + ".jsonl")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                for (JsonNode turn : json.readTree(line).path("turns")) {
                    String text = turn.path("text").asText();
                    if (text.strip().split("\\s+").length > SHORT_WORDS) {
                        turns.add(text);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return turns;
    }

    private static List<String> read(String resource) {
        try (InputStream in = JudgementSuiteLeakTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<float[]> normalised(List<float[]> vectors) {
        List<float[]> unit = new ArrayList<>(vectors.size());
        for (float[] vector : vectors) {
            double norm = Math.sqrt(dot(vector, vector));
            float[] scaled = new float[vector.length];
            for (int i = 0; i < vector.length; i++) {
                scaled[i] = (float) (vector[i] / norm);
            }
            unit.add(scaled);
        }
        return unit;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
