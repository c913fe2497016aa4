package dev.tact.intents.emotion;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordEvidenceTest {

    private static final List<String> TEXTS = List.of("this is ridiculous", "ridiculous fee again", "so ridiculous",
            "where is my card", "my card is here", "thanks for the card", "is it here yet");
    private static final boolean[] NEGATIVE = {true, true, true, false, false, false, false};

    @Test
    void scoreRisesWithWordsSeenInNegativeTexts() {
        WordEvidence words = WordEvidence.train(TEXTS, NEGATIVE);
        assertThat(words.score("ridiculous")).isGreaterThan(words.score("hello"));
        assertThat(words.score("my card")).isLessThan(words.score("hello"));
    }

    @Test
    void termsAreLowerCaseWordsMarksSymbolsAndPairs() {
        assertThat(WordEvidence.terms("WHY?! Card 😡")).containsExactly("why", "?", "why ?", "!", "? !", "card",
                "! card", "😡", "card 😡");
    }

    @Test
    void writeThenReadGivesTheSameScores() throws IOException {
        WordEvidence words = WordEvidence.train(TEXTS, NEGATIVE);
        var bytes = new ByteArrayOutputStream();
        words.write(new DataOutputStream(bytes));
        WordEvidence read = WordEvidence.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read.size()).isEqualTo(words.size());
        assertThat(read.score("so ridiculous, my card")).isEqualTo(words.score("so ridiculous, my card"));
    }
}
