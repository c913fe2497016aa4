package dev.tact.intents.classify;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The frozen Banking77 test split must never move: its rows are pinned by hash. */
class Banking77SplitTest {

    @Test
    void testSplitIsTheFrozenTwentyPercent() throws Exception {
        List<LabeledText> test = Banking77Split.test();
        assertThat(Banking77Split.rows()).hasSize(9_999);
        assertThat(test).hasSize(2_000);
        assertThat(Banking77Split.train()).hasSize(7_999).doesNotContainAnyElementsOf(test);
        assertThat(test.stream().map(LabeledText::label).distinct()).hasSize(77);
        assertThat(sha256(test)).isEqualTo(FROZEN);
    }

    private static final String FROZEN = "b21c5cff3f93a0dddae76e3c7a162d810ea9cd8978b242b93618b0fefae229f4";

    private static String sha256(List<LabeledText> rows) throws Exception {
        String text = rows.stream().map(row -> row.text() + "\t" + row.label() + "\n").collect(Collectors.joining());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
