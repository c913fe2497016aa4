package dev.tact.app.wiring;

import dev.tact.intents.classify.ClassifierSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code tact.intents.*}: which domain the bot knows and how its intent classifier is built.
 *
 * @param domain     the name of a bundled domain ({@code banking}) or the path of a domain directory
 * @param mode       {@code ENSEMBLE} (OpenNLP maxent + two sentence-embedding regressions, the default) or
 *                   {@code OPENNLP_ONLY} (no embedding models in memory, for small deployments)
 * @param encoders   the sentence encoders of the ensemble: {@code minilm}, {@code bge-small} or
 *                   {@code minilm,bge-small}; unset: {@link ClassifierSettings#defaults()}'s (both)
 * @param modelCache the directory where trained models are cached
 * @param emotionTrainingRows how many GoEmotions train rows the emotion model learns from, 0 (the default) for all;
 *                   fewer train a weaker model in seconds, for tests and quick trials
 */
@ConfigurationProperties("tact.intents")
public record IntentsConfiguration(
        @Bindable(defaultValue = "banking") String domain,
        @Bindable(defaultValue = "ENSEMBLE") ClassifierSettings.Mode mode,
        @Nullable String encoders,
        @Bindable(defaultValue = "./data/models") String modelCache,
        @Bindable(defaultValue = "0") int emotionTrainingRows) {

    public ClassifierSettings classifierSettings() {
        ClassifierSettings defaults = ClassifierSettings.defaults().withMode(mode);
        return encoders == null || encoders.isBlank() ? defaults
                : defaults.withEncoders(ClassifierSettings.encoders(encoders));
    }
}
