package dev.tact.intents.sentiment;

/**
 * A multi-word lexicon entry ("can't stand", "not working", "no problem"), matched on lower-case tokens.
 *
 * @param words   its words, lower case, at least two
 * @param valence its valence on VADER's scale
 */
record Phrase(String[] words, double valence) {

    /** What {@link SentimentLexicon#longestPhrase} returns when no phrase starts at a token. */
    static final Phrase NONE = new Phrase(new String[0], 0);

    int length() {
        return words.length;
    }

    /** Whether the phrase is at {@code words[start..]} and ends before {@code end}. */
    boolean matches(String[] tokens, int start, int end) {
        if (start + words.length > end) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(tokens[start + i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of its words negates, as in AFINN's "not working" or "dont like". */
    boolean negates() {
        for (String word : words) {
            if (Modifiers.isNegator(word)) {
                return true;
            }
        }
        return false;
    }
}
