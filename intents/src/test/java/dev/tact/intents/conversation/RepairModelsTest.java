package dev.tact.intents.conversation;

import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.RegressionSettings;
import dev.tact.intents.classify.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RepairModelsTest {

    @TempDir
    Path cache;

    @Test
    void loadOrTrainTrainsOnceThenLoadsTheSameModelFromDisk() {
        var models = new RepairModels(RepairSettings.defaults(), cache, Encoders.shared());
        AtomicInteger events = new AtomicInteger();
        RepairModel trained = models.loadOrTrain((stage, done, total) -> events.incrementAndGet());
        assertThat(events).hasPositiveValue();
        assertThat(models.file()).exists();

        events.set(0);
        RepairModel loaded = models.loadOrTrain((stage, done, total) -> events.incrementAndGet());
        assertThat(events).hasValue(0);
        assertThat(loaded).isNotSameAs(trained);
        String question = "how do I activate my card";
        String answer = "Open Cards in the app and follow the activation steps.";
        for (String text : new String[]{"I did that and it still fails", "thanks, and how do I set a pin?"}) {
            assertThat(loaded.probability(question, answer, text)).isEqualTo(trained.probability(question, answer,
                    text));
        }
        assertThat(trained.probability(question, answer, "I did exactly that and it still says failed"))
                .isGreaterThan(trained.probability(question, answer, "great, thank you"));
    }

    @Test
    void otherSettingsUseAnotherFileAndADamagedFileIsRetrained() throws Exception {
        var models = new RepairModels(RepairSettings.defaults(), cache, Encoders.shared());
        var other = new RepairModels(new RepairSettings(new RegressionSettings(3, 0.01, 0, 16, 1), 5, 0.85, 42), cache,
                Encoders.shared());
        assertThat(models.file()).isNotEqualTo(other.file());
        Files.createDirectories(cache);
        Files.writeString(other.file(), "not a model");
        assertThat(other.cached()).isEmpty();
        other.loadOrTrain(TrainingListener.NONE);
        assertThat(other.cached()).isPresent();
    }
}
