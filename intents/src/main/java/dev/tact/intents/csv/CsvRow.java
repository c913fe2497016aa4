package dev.tact.intents.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line   the 1-based line on which the record starts
 * @param fields its fields, unquoted
 */
public record CsvRow(int line, List<String> fields) {

    public CsvRow {
        fields = List.copyOf(fields);
    }
}
