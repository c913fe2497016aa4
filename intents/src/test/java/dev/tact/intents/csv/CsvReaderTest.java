package dev.tact.intents.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    @Test
    void parsePlainRowsWithLineNumbers() {
        var rows = CsvReader.parse("text,label\nhello,greeting\nbye,goodbye\n");
        assertThat(rows).containsExactly(new CsvRow(1, List.of("text", "label")),
                new CsvRow(2, List.of("hello", "greeting")), new CsvRow(3, List.of("bye", "goodbye")));
    }

    @Test
    void parseQuotedFieldsWithCommasQuotesAndLineBreaks() {
        var rows = CsvReader.parse("\"a, b\",x\r\n\"say \"\"hi\"\"\",y\n\"two\nlines\",z\nlast,w");
        assertThat(rows).extracting(CsvRow::fields).containsExactly(List.of("a, b", "x"),
                List.of("say \"hi\"", "y"), List.of("two\nlines", "z"), List.of("last", "w"));
        assertThat(rows).extracting(CsvRow::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void parseSkipsByteOrderMarkAndBlankLines() {
        var rows = CsvReader.parse("\uFEFFtext,label\n\nhi,greeting\n\n");
        assertThat(rows).extracting(CsvRow::line).containsExactly(1, 3);
        assertThat(rows.get(0).fields()).containsExactly("text", "label");
    }

    @Test
    void parseKeepsEmptyFields() {
        assertThat(CsvReader.parse(",x\n\"\",y").get(0).fields()).containsExactly("", "x");
        assertThat(CsvReader.parse(",x\n\"\",y").get(1).fields()).containsExactly("", "y");
    }

    @Test
    void parseUnclosedQuoteFailsWithItsLine() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\n\"open,c\nmore"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("line 2");
    }

    @Test
    void parseTextAfterClosingQuoteFails() {
        assertThatThrownBy(() -> CsvReader.parse("\"a\"b,c")).isInstanceOf(CsvFormatException.class);
    }

    @Test
    void readWithATabSplitsOnTabsAndKeepsCommasAndQuotes() throws Exception {
        var rows = CsvReader.read(new java.io.StringReader("a, b\t2,27\tx\n\"say \"\"hi\"\"\"\t1\ty\n"), '\t');
        assertThat(rows).extracting(CsvRow::fields).containsExactly(
                List.of("a, b", "2,27", "x"), List.of("say \"hi\"", "1", "y"));
    }
}
