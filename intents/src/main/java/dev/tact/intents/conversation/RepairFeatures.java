package dev.tact.intents.conversation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The input of the repair classifier for a context (previous customer turn, bot answer, current turn): the current
 * turn's sentence embedding (how repairs are phrased: "I already did that", "that's not what I asked") followed by
 * {@value #EXTRA} figures of how the three texts relate — the cosine of the current turn to the previous one (a
 * question asked again) and to the answer, the answer's cosine to the question (an answer off the point), the share
 * of the current turn's words found in the previous turn and in the answer, the current turn's length (log words),
 * its length against the previous turn's, and whether it asks a question.
 */
final class RepairFeatures {

    static final int EXTRA = 8;
    private static final int MIN_WORD = 3;

    private RepairFeatures() {
    }

    static float[] of(String previous, String answer, String current, float[] previousVector, float[] answerVector,
                      float[] currentVector) {
        float[] x = new float[currentVector.length + EXTRA];
        System.arraycopy(currentVector, 0, x, 0, currentVector.length);
        int at = currentVector.length;
        Set<String> currentWords = words(current);
        x[at] = (float) cosine(currentVector, previousVector);
        x[at + 1] = (float) cosine(currentVector, answerVector);
        x[at + 2] = (float) cosine(previousVector, answerVector);
        x[at + 3] = share(currentWords, words(previous));
        x[at + 4] = share(currentWords, words(answer));
        x[at + 5] = (float) Math.log(1 + wordCount(current));
        x[at + 6] = (float) Math.log((1.0 + wordCount(current)) / (1.0 + wordCount(previous)));
        x[at + 7] = current.indexOf('?') >= 0 ? 1 : 0;
        return x;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The share of {@code words} that are also in {@code other}, 0 when {@code words} is empty. */
    static float share(Set<String> words, Set<String> other) {
        if (words.isEmpty()) {
            return 0;
        }
        return words.stream().filter(other::contains).count() / (float) words.size();
    }

    /** The distinct lower-case words of at least {@value #MIN_WORD} letters or digits. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= MIN_WORD) {
                words.add(word);
            }
        }
        return words;
    }

    private static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
