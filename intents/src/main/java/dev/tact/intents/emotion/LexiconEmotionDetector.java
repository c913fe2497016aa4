package dev.tact.intents.emotion;

import dev.tact.intents.sentiment.SentimentScore;
import dev.tact.intents.sentiment.SentimentScorer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The emotion detector of small deployments without sentence embeddings ({@code OPENNLP_ONLY}): the lexicon's
 * negativity as the score ({@code -compound}, so a compound of -0.5, two clearly negative words, scores 0.5), all of
 * it attributed to anger/frustration, the class customers most often show. Coarse by design; the trained
 * {@link EmotionModel} is what the default configuration uses.
 */
public final class LexiconEmotionDetector implements EmotionDetector {

    /** The score from which a message counts as emotional. */
    static final double THRESHOLD = 0.5;

    private final SentimentScorer sentiment;

    public LexiconEmotionDetector(SentimentScorer sentiment) {
        this.sentiment = Objects.requireNonNull(sentiment, "sentiment must not be null");
    }

    @Override
    public EmotionReading detect(String text) {
        SentimentScore score = sentiment.score(text);
        double negative = Math.max(0, -score.compound());
        double positive = Math.max(0, score.compound());
        Map<EmotionClass, Double> scores = new EnumMap<>(EmotionClass.class);
        for (EmotionClass c : EmotionClass.values()) {
            scores.put(c, 0.0);
        }
        scores.put(EmotionClass.ANGER_FRUSTRATION, negative);
        scores.put(EmotionClass.POSITIVE, positive);
        scores.put(EmotionClass.NEUTRAL, 1 - negative - positive);
        return new EmotionReading(scores, negative, negative >= THRESHOLD);
    }
}
