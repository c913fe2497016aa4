package dev.tact.intents.classify;

import dev.tact.intents.csv.CsvReader;
import dev.tact.intents.csv.CsvRow;
import dev.tact.intents.evaluate.Fold;
import dev.tact.intents.evaluate.StratifiedFolds;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The frozen Banking77 split of the classifier work (issue 11): the bundled domain's Banking77 train rows, each
 * text once (4 rows repeat another of the same intent up to case), split by {@link StratifiedFolds} into 5 folds
 * with seed {@value #SEED}; the first fold's test rows (a stratified 20%) are the held-out test, never used to
 * choose anything, and the rest is where settings are tuned. {@code Banking77SplitTest} pins the split's hash.
 */
final class Banking77Split {

    static final long SEED = 1111;
    static final String RESOURCE = "/domains/banking/examples/banking77_train.csv";

    private static Fold fold;

    private Banking77Split() {
    }

    /** The 80% for training and tuning. */
    static List<LabeledText> train() {
        return fold().train();
    }

    /** The frozen 20%. */
    static List<LabeledText> test() {
        return fold().test();
    }

    static List<LabeledText> rows() {
        try (var in = Banking77Split.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<CsvRow> csv = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> seen = new HashSet<>();
            List<LabeledText> rows = new ArrayList<>();
            for (CsvRow row : csv.subList(1, csv.size())) {
                if (seen.add(row.fields().get(0).strip().toLowerCase(Locale.ROOT))) {
                    rows.add(new LabeledText(row.fields().get(0), row.fields().get(1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Fold fold() {
        if (fold == null) {
            fold = StratifiedFolds.split(rows(), 5, SEED).get(0);
        }
        return fold;
    }
}
