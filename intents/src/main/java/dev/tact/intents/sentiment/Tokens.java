package dev.tact.intents.sentiment;

import java.util.Arrays;
import java.util.Locale;

/**
 * A message split into tokens: each as written and in lower case (with ’ as '), whether it is written in
 * capitals, and the clause it belongs to. A clause ends at , ; : . ! ? … or a dash, and "but"/"however" starts
 * a new one; negations and boosters never reach across a clause. Built by {@link SentimentTokenizer}.
 */
final class Tokens {

    private String[] raw = new String[16];
    private String[] lower = new String[16];
    private boolean[] shouted = new boolean[16];
    private boolean[] endsClause = new boolean[16];
    private int[] clauseStart;
    private int[] clauseLimit;
    private int size;
    private boolean anyShouted;
    private boolean anyLowerCase;
    private int exclamations;
    private int questions;

    void add(String token) {
        if (size == raw.length) {
            int capacity = size * 2;
            raw = Arrays.copyOf(raw, capacity);
            lower = Arrays.copyOf(lower, capacity);
            shouted = Arrays.copyOf(shouted, capacity);
            endsClause = Arrays.copyOf(endsClause, capacity);
        }
        raw[size] = token;
        lower[size] = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int letters = 0;
        boolean lowerCase = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                lowerCase |= !Character.isUpperCase(c);
            }
        }
        shouted[size] = letters >= 2 && !lowerCase;
        anyShouted |= shouted[size];
        anyLowerCase |= lowerCase;
        size++;
    }

    /** Ends the clause at the last token added. */
    void endClause() {
        if (size > 0) {
            endsClause[size - 1] = true;
        }
    }

    void punctuation(int exclamationMarks, int questionMarks) {
        exclamations = exclamationMarks;
        questions = questionMarks;
    }

    /** Works out the clauses; called once all tokens are added. */
    Tokens finish() {
        clauseStart = new int[size];
        clauseLimit = new int[size];
        int start = 0;
        for (int i = 0; i < size; i++) {
            if (i > start && Modifiers.isContrast(lower[i])) {
                Arrays.fill(clauseLimit, start, i, i);
                start = i;
            }
            clauseStart[i] = start;
            if (endsClause[i] || i == size - 1) {
                Arrays.fill(clauseLimit, start, i + 1, i + 1);
                start = i + 1;
            }
        }
        return this;
    }

    int size() {
        return size;
    }

    String raw(int i) {
        return raw[i];
    }

    String lower(int i) {
        return lower[i];
    }

    /** All lower-case tokens; valid up to {@link #size()}. Not to be changed. */
    String[] lower() {
        return lower;
    }

    /** Whether token {@code i} is written in capitals (two letters or more, none lower case). */
    boolean shouted(int i) {
        return shouted[i];
    }

    /** Whether some tokens are in capitals and others are not: only then do capitals add emphasis. */
    boolean mixedCase() {
        return anyShouted && anyLowerCase;
    }

    /** The first token of the clause of token {@code i}. */
    int clauseStart(int i) {
        return clauseStart[i];
    }

    /** The index after the last token of the clause of token {@code i}. */
    int clauseLimit(int i) {
        return clauseLimit[i];
    }

    /** The index of the first "but"/"however", or -1. */
    int firstContrast() {
        for (int i = 0; i < size; i++) {
            if (Modifiers.isContrast(lower[i])) {
                return i;
            }
        }
        return -1;
    }

    int exclamations() {
        return exclamations;
    }

    int questions() {
        return questions;
    }

    /** Tokens {@code from .. from+count-1} as written, joined by single spaces. */
    String text(int from, int count) {
        return count == 1 ? raw[from] : String.join(" ", Arrays.asList(raw).subList(from, from + count));
    }
}
