package dev.tact.intents.emotion;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The emotion of one message.
 *
 * @param scores    a calibrated probability for each {@link EmotionClass}, adding up to 1
 * @param score     how likely the message carries a negative emotion (anger, sadness, fear…), 0..1
 * @param emotional whether {@code score} reaches the detector's threshold
 */
public record EmotionReading(Map<EmotionClass, Double> scores, double score, boolean emotional) {

    public EmotionReading {
        Objects.requireNonNull(scores, "scores must not be null");
        if (scores.size() != EmotionClass.values().length) {
            throw new IllegalArgumentException("scores must cover every emotion class, had " + scores.keySet());
        }
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
    }

    /** The most probable class. */
    public EmotionClass top() {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The probability mass of the negative classes, before the lexicon is taken into account. */
    public double negativeMass() {
        return EmotionModel.negativeMass(scores);
    }
}
