package dev.tact.intents.domain;

import dev.tact.intents.csv.CsvFormatException;
import dev.tact.intents.csv.CsvReader;
import dev.tact.intents.csv.CsvRow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one {@code examples/*.csv} file: the header {@code text,label}, then one example a row. */
final class ExampleFileReader {

    private ExampleFileReader() {
    }

    /**
     * The file's well-formed rows (problems in the others are reported); empty when the file cannot be read as a
     * whole (not valid CSV, or no {@code text,label} header).
     */
    static Optional<List<ExampleRow>> read(SourceFile source, ProblemLog log) {
        String file = source.path();
        List<CsvRow> rows;
        try {
            rows = CsvReader.read(source.reader());
        } catch (CsvFormatException e) {
            log.add(file, e.line(), "not valid CSV: " + e.reason());
            return Optional.empty();
        } catch (IOException e) {
            log.add(file, 0, "cannot read the file: " + e);
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            log.add(file, 0, "the file is empty; expected the header text,label");
            return Optional.empty();
        }
        CsvRow header = rows.get(0);
        if (!isHeader(header.fields())) {
            log.add(file, header.line(), "the header must be text,label, not " + String.join(",", header.fields()));
            return Optional.empty();
        }
        List<ExampleRow> examples = new ArrayList<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            List<String> fields = row.fields();
            if (fields.size() != 2) {
                log.add(file, row.line(), "expected 2 fields (text,label) but found " + fields.size()
                        + (fields.size() > 2 ? ": put a text that holds commas in double quotes" : ""));
            } else if (fields.get(0).isBlank()) {
                log.add(file, row.line(), "the text is empty");
            } else if (fields.get(1).isBlank()) {
                log.add(file, row.line(), "the label is empty: give an intent's name, or oos");
            } else {
                examples.add(new ExampleRow(file, row.line(), fields.get(0).strip(), fields.get(1).strip()));
            }
        }
        return Optional.of(examples);
    }

    private static boolean isHeader(List<String> fields) {
        return fields.size() == 2 && fields.get(0).equalsIgnoreCase("text") && fields.get(1).equalsIgnoreCase("label");
    }
}
