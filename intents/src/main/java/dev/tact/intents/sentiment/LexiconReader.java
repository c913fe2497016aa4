package dev.tact.intents.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/** Reads the tab-separated lexicon files: the token, a tab, then its value; any further columns are ignored. */
final class LexiconReader {

    private final ClassLoader loader;

    LexiconReader(ClassLoader loader) {
        this.loader = loader;
    }

    /** Reads {@code resource}, handing each token and its numeric value to {@code entry}. */
    void readScores(String resource, boolean comments, BiConsumer<String, Double> entry) {
        read(resource, comments, (line, fields) -> {
            try {
                entry.accept(fields[0], Double.parseDouble(fields[1].trim()));
            } catch (NumberFormatException e) {
                throw new SentimentLexiconException(resource + ":" + line + ": '" + fields[1]
                        + "' is not a number", e);
            }
        });
    }

    /** Reads {@code resource}, handing each token and its text (an emoji's description) to {@code entry}. */
    void readTexts(String resource, BiConsumer<String, String> entry) {
        read(resource, false, (line, fields) -> entry.accept(fields[0], fields[1]));
    }

    private interface Row {
        void accept(int line, String[] fields);
    }

    private void read(String resource, boolean comments, Row row) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new SentimentLexiconException("the sentiment lexicon " + resource + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || comments && line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                if (fields.length < 2) {
                    throw new SentimentLexiconException(resource + ":" + number + ": expected a token, a tab and a value");
                }
                row.accept(number, fields);
            }
        } catch (IOException e) {
            throw new SentimentLexiconException("cannot read the sentiment lexicon " + resource, e);
        }
    }
}
