package dev.tact.intents.emotion;

import dev.tact.intents.sentiment.SentimentScore;
import dev.tact.intents.sentiment.SentimentScorer;

import java.util.List;
import java.util.Objects;

/**
 * The input of the emotion classifier: the sentence embeddings followed by {@value #EXTRA} cheap cues — the lexicon
 * sentiment (compound, positive and negative share), the share of words in capitals, and the counts of "!" and
 * "?" (three at most, scaled to 0..1). The cues cost a few microseconds; the embedding is shared with the intent
 * classifier.
 */
final class EmotionFeatures {

    static final int EXTRA = 6;
    private static final int MAX_MARKS = 3;

    private final SentimentScorer sentiment;

    EmotionFeatures(SentimentScorer sentiment) {
        this.sentiment = Objects.requireNonNull(sentiment, "sentiment must not be null");
    }

    /**
     * The features of {@code text} whose embeddings (one per encoder, concatenated in order) are
     * {@code embeddings}; {@code score} is its lexicon sentiment.
     */
    static float[] of(String text, List<float[]> embeddings, SentimentScore score) {
        int length = embeddings.stream().mapToInt(e -> e.length).sum();
        float[] x = new float[length + EXTRA];
        int at = 0;
        for (float[] embedding : embeddings) {
            System.arraycopy(embedding, 0, x, at, embedding.length);
            at += embedding.length;
        }
        x[at] = (float) score.compound();
        x[at + 1] = (float) score.positive();
        x[at + 2] = (float) score.negative();
        x[at + 3] = capitalsShare(text);
        x[at + 4] = Math.min(count(text, '!'), MAX_MARKS) / (float) MAX_MARKS;
        x[at + 5] = Math.min(count(text, '?'), MAX_MARKS) / (float) MAX_MARKS;
        return x;
    }

    float[] of(String text, List<float[]> embeddings) {
        return of(text, embeddings, sentiment.score(text));
    }

    SentimentScore sentiment(String text) {
        return sentiment.score(text);
    }

    /** The share of words of two or more letters that are all in capitals ("WHY IS MY CARD BLOCKED" → 1). */
    static float capitalsShare(String text) {
        int words = 0;
        int shouted = 0;
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                lower |= Character.isLowerCase(c);
            } else {
                if (letters >= 2) {
                    words++;
                    shouted += lower ? 0 : 1;
                }
                letters = 0;
                lower = false;
            }
        }
        return words == 0 ? 0 : shouted / (float) words;
    }

    private static int count(String text, char mark) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == mark ? 1 : 0;
        }
        return n;
    }
}
