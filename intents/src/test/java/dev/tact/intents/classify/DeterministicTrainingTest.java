package dev.tact.intents.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same data gives the same model: two trainings, each with its own encoders (so no embedding cache is
 * shared), write byte-identical model files and give identical probabilities.
 */
class DeterministicTrainingTest {

    @TempDir
    Path directory;

    @Test
    void trainTwiceWritesIdenticalModelBytes() throws Exception {
        List<LabeledText> samples = new BankingSample(30).train;
        Path first = directory.resolve("first.model");
        Path second = directory.resolve("second.model");
        EnsembleIntentClassifier a = train(samples, first);
        EnsembleIntentClassifier b = train(samples, second);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        for (String text : List.of("my card has not arrived yet", "what's the weather like", "change my pin")) {
            assertThat(b.classify(text)).isEqualTo(a.classify(text));
        }
    }

    private static EnsembleIntentClassifier train(List<LabeledText> samples, Path file) throws Exception {
        var classifier = new EnsembleTrainer(ClassifierSettings.defaults(), new Encoders()::get)
                .train(samples, TrainingListener.NONE);
        ClassifierFiles.write(classifier, "key", file);
        return classifier;
    }
}
