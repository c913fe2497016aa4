package dev.tact.intents.ambiguity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input of the request-shape classifier: a sentence embedding followed by {@value #EXTRA} cheap cues whose
 * weights are learned with the embedding's — the number of "?", of clauses and of request clauses
 * ({@link Clauses}), the length in words, a {@link Hedges} marker, and the counts of conditional words ("if",
 * "unless", "would"…), of joining words ("and", "also", "plus"…) and of list numbers ("1)", "2."). Each is scaled
 * to 0..1. The cues cost microseconds; the embedding is shared with the intent classifier.
 */
final class ShapeFeatures {

    static final int EXTRA = 8;
    private static final int MAX_COUNT = 4;
    private static final double LONG_MESSAGE_WORDS = 64;
    private static final Pattern CONDITIONAL = Pattern.compile("\\b(?:if|unless|whether|except|only|provided|"
            + "providing|otherwise|would|could|should|might|maybe|perhaps|depends|exception|suppose|what if)\\b");
    private static final Pattern JOINING = Pattern.compile("(?:\\b(?:and|also|plus|another|second|both|as well|"
            + "separately|then)\\b|[&+])");
    private static final Pattern LIST_NUMBER = Pattern.compile("(?:^|\\s)\\d[).]\\s");

    private ShapeFeatures() {
    }

    /** The features of {@code text} whose embedding is {@code embedding}. */
    static float[] of(String text, float[] embedding) {
        float[] x = new float[embedding.length + EXTRA];
        System.arraycopy(embedding, 0, x, 0, embedding.length);
        int at = embedding.length;
        String lower = text.toLowerCase(Locale.ROOT);
        var clauses = Clauses.split(text);
        x[at] = scaled(count(text, '?'));
        x[at + 1] = scaled(clauses.size());
        x[at + 2] = scaled((int) clauses.stream().filter(Clauses.Clause::request).count());
        x[at + 3] = (float) Math.min(1, Math.log1p(words(text)) / Math.log1p(LONG_MESSAGE_WORDS));
        x[at + 4] = Hedges.find(text).isPresent() ? 1 : 0;
        x[at + 5] = scaled(matches(CONDITIONAL, lower));
        x[at + 6] = scaled(matches(JOINING, lower));
        x[at + 7] = scaled(matches(LIST_NUMBER, lower));
        return x;
    }

    private static float scaled(int count) {
        return Math.min(count, MAX_COUNT) / (float) MAX_COUNT;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static int matches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static int count(String text, char mark) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == mark ? 1 : 0;
        }
        return n;
    }
}
