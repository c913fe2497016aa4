package dev.tact.intents.evaluate;

import dev.tact.intents.classify.LabeledText;
import dev.tact.intents.csv.CsvFormatException;
import dev.tact.intents.csv.CsvReader;
import dev.tact.intents.csv.CsvRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled rows from CSV: a header line (any names, at least two columns), then one row per text with the
 * text in the first column and the label in the second; every row has as many fields as the header.
 */
final class LabeledCsv {

    private LabeledCsv() {
    }

    /** @throws EvaluationUsageException naming the file (and line) when it is missing, empty or malformed */
    static List<LabeledText> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EvaluationUsageException(file + ": no such file");
        }
        List<CsvRow> rows;
        try {
            rows = CsvReader.read(file);
        } catch (CsvFormatException e) {
            throw new EvaluationUsageException(file + ":" + e.line() + ": " + e.getMessage()
                    .replaceFirst("^line \\d+: ", ""));
        } catch (IOException e) {
            throw new EvaluationUsageException(file + ": cannot be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new EvaluationUsageException(file + ": empty (expected a header line and labelled rows)");
        }
        int fields = rows.get(0).fields().size();
        if (fields < 2) {
            throw new EvaluationUsageException(file + ":" + rows.get(0).line()
                    + ": the header needs two columns (text, label)");
        }
        List<LabeledText> texts = new ArrayList<>(rows.size() - 1);
        for (CsvRow row : rows.subList(1, rows.size())) {
            if (row.fields().size() != fields) {
                throw new EvaluationUsageException(file + ":" + row.line() + ": expected " + fields + " fields as in"
                        + " the header, found " + row.fields().size());
            }
            String label = row.fields().get(1).strip();
            if (label.isEmpty()) {
                throw new EvaluationUsageException(file + ":" + row.line() + ": empty label");
            }
            texts.add(new LabeledText(row.fields().get(0), label));
        }
        if (texts.isEmpty()) {
            throw new EvaluationUsageException(file + ": no rows after the header");
        }
        return texts;
    }
}
