package dev.tact.intents.runtime;

import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.emotion.EmotionDetector;
import dev.tact.intents.emotion.EmotionModels;
import dev.tact.intents.emotion.EmotionSettings;
import dev.tact.intents.emotion.LexiconEmotionDetector;
import dev.tact.intents.sentiment.SentimentScorer;

import java.nio.file.Path;

/** The emotion detector that goes with a classifier mode. */
public final class EmotionDetectors {

    private EmotionDetectors() {
    }

    /**
     * The trained GoEmotions model (from the cache, or trained and cached) when the classifier uses sentence
     * embeddings; the lexicon detector in {@code OPENNLP_ONLY} mode, which loads no embedding model.
     *
     * @param trainingRows how many GoEmotions train rows to learn from, 0 for all (fewer for tests and trials)
     */
    public static EmotionDetector forMode(ClassifierSettings.Mode mode, Path cacheDirectory, Encoders encoders,
                                          SentimentScorer sentiment, int trainingRows, TrainingListener listener) {
        if (mode == ClassifierSettings.Mode.OPENNLP_ONLY) {
            return new LexiconEmotionDetector(sentiment);
        }
        return EmotionModels.bundled(EmotionSettings.defaults(), cacheDirectory, encoders, sentiment, trainingRows)
                .loadOrTrain(listener);
    }
}
