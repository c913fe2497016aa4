package dev.tact.intents.emotion;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Detector;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds the emotion detector's reading to an analysis: the calibrated score of each {@link EmotionClass} as the
 * analysis' emotions, the negative-emotion score as {@link Signals#EMOTION} and the detector's own verdict as
 * {@link Signals#EMOTIONAL}.
 */
public final class EmotionSignals implements Detector {

    private final EmotionDetector detector;

    public EmotionSignals(EmotionDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector must not be null");
    }

    @Override
    public Analysis detect(String text, List<Message> history, Analysis analysis) {
        EmotionReading reading = detector.detect(text);
        Map<String, Double> emotions = new LinkedHashMap<>();
        reading.scores().forEach((emotion, score) -> emotions.put(emotion.key(), score));
        return analysis.withEmotions(emotions).withSignals(Map.of(Signals.EMOTION, reading.score(),
                Signals.EMOTIONAL, reading.emotional() ? 1.0 : 0.0));
    }
}
