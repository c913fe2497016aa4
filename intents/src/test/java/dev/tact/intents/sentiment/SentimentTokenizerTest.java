package dev.tact.intents.sentiment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentTokenizerTest {

    private final SentimentTokenizer tokenizer = new SentimentTokenizer(SentimentLexicon.bundled());

    private static List<String> raw(Tokens tokens) {
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            raw.add(tokens.raw(i));
        }
        return raw;
    }

    @Test
    void tokenizeStripsPunctuationAroundWordsAndCountsMarks() {
        Tokens tokens = tokenizer.tokenize("This is ridiculous, I've been waiting 3 weeks!!! (why??)");
        assertThat(raw(tokens)).containsExactly("This", "is", "ridiculous", "I've", "been", "waiting", "3", "weeks",
                "why");
        assertThat(tokens.exclamations()).isEqualTo(3);
        assertThat(tokens.questions()).isEqualTo(2);
        assertThat(tokens.clauseLimit(0)).isEqualTo(3);
        assertThat(tokens.clauseStart(3)).isEqualTo(3);
    }

    @Test
    void tokenizeKeepsEmoticonsAndSplitsEmojiFromWords() {
        assertThat(raw(tokenizer.tokenize("thanks so much😊😊 :) <3"))).containsExactly("thanks", "so", "much", "😊", "😊",
                ":)", "<3");
        assertThat(raw(tokenizer.tokenize("thanks:)"))).containsExactly("thanks", ":)");
        assertThat(raw(tokenizer.tokenize("ok 👍🏽!"))).containsExactly("ok", "👍🏽");
    }

    @Test
    void tokenizeStartsAClauseAtButAndLowerCasesWithStraightApostrophes() {
        Tokens tokens = tokenizer.tokenize("I DON\u2019T mind but it is slow");
        assertThat(tokens.lower(1)).isEqualTo("don't");
        assertThat(tokens.shouted(1)).isTrue();
        assertThat(tokens.shouted(0)).isFalse();
        assertThat(tokens.mixedCase()).isTrue();
        assertThat(tokens.clauseLimit(0)).isEqualTo(3);
        assertThat(tokens.clauseStart(5)).isEqualTo(3);
        assertThat(tokens.firstContrast()).isEqualTo(3);
    }
}
