package dev.tact.intents.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a short customer message into tokens for the maxent model: Unicode-normalised, lower-cased, curly
 * quotes and dashes unified, numbers folded to a placeholder, punctuation dropped, and words after a negation
 * marked ({@code "not working"} adds {@code NOT_working}) until the clause ends.
 */
public final class TextFeatures {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?|[.,;:!?]");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "can't", "don't", "didn't",
            "doesn't", "isn't", "wasn't", "won't", "haven't", "hasn't", "aren't", "couldn't", "wouldn't", "nothing");
    private static final Set<String> CLAUSE_END = Set.of(".", ",", ";", ":", "!", "?", "but");

    private TextFeatures() {
    }

    /** Lower-cased, NFKC-normalised text with unified apostrophes. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
    }

    /** The word tokens of a text, numbers as {@code 0}, with negation-marked copies. */
    public static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        var matcher = TOKEN.matcher(normalise(text));
        boolean negated = false;
        while (matcher.find()) {
            String token = DIGITS.matcher(matcher.group()).replaceAll("0");
            if (CLAUSE_END.contains(token)) {
                negated = false;
                if (token.equals("but")) {
                    tokens.add(token);
                }
                continue;
            }
            tokens.add(token);
            if (negated) {
                tokens.add("NOT_" + token);
            }
            if (NEGATIONS.contains(token) || token.endsWith("n't")) {
                negated = true;
            }
        }
        return tokens.toArray(String[]::new);
    }
}
