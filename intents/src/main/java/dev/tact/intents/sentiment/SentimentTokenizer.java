package dev.tact.intents.sentiment;

import java.util.Locale;

/**
 * Splits a message into {@link Tokens} the way the lexicons expect: at white space; a chunk that is an
 * emoticon of the lexicon (":)", ":-(", "<3") stays whole; emoji become tokens of their own even when written
 * against a word ("much😊"); other chunks lose the punctuation around them ("ridiculous," → "ridiculous") but
 * keep what is inside ("can't", "top-up", "3.5"). An emoticon stuck to the end of a word ("thanks:)") is split
 * off. Punctuation that ends a clause is remembered, and "!" and "?" are counted over the whole text.
 */
final class SentimentTokenizer {

    private static final String CLAUSE_ENDS = ",;:.!?\u2026\u2013\u2014";

    private final SentimentLexicon lexicon;

    SentimentTokenizer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Tokens tokenize(String text) {
        Tokens tokens = new Tokens();
        int exclamations = 0;
        int questions = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                char d = text.charAt(end);
                exclamations += d == '!' ? 1 : 0;
                questions += d == '?' ? 1 : 0;
                end++;
            }
            chunk(text, i, end, tokens);
            i = end;
        }
        tokens.punctuation(exclamations, questions);
        return tokens.finish();
    }

    private void chunk(String text, int start, int end, Tokens tokens) {
        if (!Character.isLetterOrDigit(text.codePointAt(start)) || !Character.isLetterOrDigit(text.codePointBefore(end))) {
            String whole = text.substring(start, end);
            if (isEmoticon(whole)) {
                tokens.add(whole);
                return;
            }
        }
        int word = start;
        int p = start;
        while (p < end) {
            int cp = text.codePointAt(p);
            int emoji = cp >= 0x80 && !Character.isLetterOrDigit(cp) ? lexicon.emojiAt(text, p) : 0;
            if (emoji > 0 || isEmojiModifier(cp)) {
                word(text, word, p, tokens);
                int length = emoji > 0 ? emoji : Character.charCount(cp);
                if (emoji > 0) {
                    tokens.add(text.substring(p, p + length));
                }
                p += length;
                word = p;
            } else {
                p += Character.charCount(cp);
            }
        }
        word(text, word, end, tokens);
    }

    /** Adds the word in {@code text[start..end)} without the punctuation around it. */
    private void word(String text, int start, int end, Tokens tokens) {
        int from = start;
        while (from < end && !Character.isLetterOrDigit(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        int to = end;
        while (to > from && !Character.isLetterOrDigit(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        if (from < to) {
            tokens.add(text.substring(from, to));
        }
        if (to < end) {
            String tail = text.substring(to, end);
            if (tail.length() >= 2 && isEmoticon(tail)) {
                tokens.add(tail);
                tokens.endClause();
            } else if (endsClause(tail)) {
                tokens.endClause();
            }
        }
    }

    /** Whether a chunk that starts or ends with punctuation is one of the lexicon's emoticons. */
    private boolean isEmoticon(String chunk) {
        return lexicon.valence(chunk, chunk.toLowerCase(Locale.ROOT)) != 0;
    }

    private static boolean endsClause(String punctuation) {
        for (int i = 0; i < punctuation.length(); i++) {
            if (CLAUSE_ENDS.indexOf(punctuation.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Variation selectors, the zero-width joiner and skin tones: parts of emoji, never of words. */
    private static boolean isEmojiModifier(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }
}
