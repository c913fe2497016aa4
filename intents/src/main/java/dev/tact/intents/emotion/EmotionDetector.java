package dev.tact.intents.emotion;

/** Says which emotion a customer's message shows and whether it is emotional enough to matter. Thread-safe. */
@FunctionalInterface
public interface EmotionDetector {

    /**
     * @param text the message, any length
     * @return the reading, never null
     */
    EmotionReading detect(String text);
}
