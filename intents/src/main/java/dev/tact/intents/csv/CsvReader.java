package dev.tact.intents.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 has it: comma-separated, fields optionally in double quotes, a doubled quote inside
 * quotes is a quote, line breaks inside quotes belong to the field. Lines may end in CRLF or LF; a UTF-8 byte
 * order mark is skipped; blank lines are skipped. Another separator (a tab) may replace the comma.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<CsvRow> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    public static List<CsvRow> read(Reader reader) throws IOException {
        return read(reader, ',');
    }

    /** Reads records whose fields are separated by {@code separator} (a tab for TSV), quoted as in CSV. */
    public static List<CsvRow> read(Reader reader, char separator) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        boolean atStart = true;
        int line = 1;
        int rowLine = 1;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != -1) {
            if (quoted) {
                if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                atStart = false;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                atStart = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = reader.read();
                    if (next != '\n') {
                        c = next;
                        endRow(rows, fields, field, rowLine, atStart);
                        line++;
                        rowLine = line;
                        fieldWasQuoted = false;
                        atStart = true;
                        continue;
                    }
                }
                endRow(rows, fields, field, rowLine, atStart);
                line++;
                rowLine = line;
                fieldWasQuoted = false;
                atStart = true;
            } else {
                if (fieldWasQuoted) {
                    throw new CsvFormatException(line, "text after a closing quote");
                }
                field.append((char) c);
                atStart = false;
            }
            c = reader.read();
        }
        if (quoted) {
            throw new CsvFormatException(rowLine, "a quoted field is never closed");
        }
        endRow(rows, fields, field, rowLine, atStart);
        return rows;
    }

    /** Reads a CSV string (for tests and small inputs). */
    public static List<CsvRow> parse(String text) {
        try {
            return read(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void endRow(List<CsvRow> rows, List<String> fields, StringBuilder field, int rowLine,
                               boolean blank) {
        if (blank && fields.isEmpty()) {
            return;
        }
        fields.add(field.toString());
        rows.add(new CsvRow(rowLine, fields));
        fields.clear();
        field.setLength(0);
    }
}
