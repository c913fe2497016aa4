package dev.tact.intents.classify;

import dev.tact.intents.csv.CsvReader;
import dev.tact.intents.csv.CsvRow;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** CLINC150's train and validation parts from the test resources ({@code clinc150/README.md}). */
final class Clinc150 {

    private Clinc150() {
    }

    /** train + oos_train: 15,100 rows. */
    static List<LabeledText> train() {
        return rows("train.csv", "oos_train.csv");
    }

    /** val + oos_val: 3,100 rows. */
    static List<LabeledText> validation() {
        return rows("val.csv", "oos_val.csv");
    }

    private static List<LabeledText> rows(String... files) {
        List<LabeledText> rows = new ArrayList<>();
        for (String file : files) {
            String resource = "/clinc150/" + file;
            try (var in = Clinc150.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath");
                }
                List<CsvRow> csv = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
                csv.subList(1, csv.size()).forEach(row -> rows.add(new LabeledText(row.fields().get(0),
                        row.fields().get(1))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }
}
