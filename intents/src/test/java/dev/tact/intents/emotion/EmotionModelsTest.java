package dev.tact.intents.emotion;

import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;
import dev.tact.intents.sentiment.LexiconSentimentScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Trains once on the first 6,000 rows of GoEmotions train (seconds) and checks obvious messages. */
class EmotionModelsTest {

    private static final Encoders ENCODERS = new Encoders();
    /** MiniLM alone embeds the slice in seconds; the default adds BGE-small. */
    private static final EmotionSettings MINILM = EmotionSettings.defaults().withEncoders(List.of(Encoder.MINILM));
    private static final List<EmotionSample> SLICE = GoEmotions.bundled().train().subList(0, 6_000);

    @TempDir
    static Path cache;

    private static EmotionModels models;
    private static EmotionModel model;
    private static final AtomicInteger TRAINING_EVENTS = new AtomicInteger();

    @BeforeAll
    static void train() {
        models = new EmotionModels(MINILM, cache, ENCODERS, new LexiconSentimentScorer(),
                "first-6000", () -> SLICE);
        model = models.loadOrTrain((stage, done, total) -> TRAINING_EVENTS.incrementAndGet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            this is absolutely ridiculous, I'm furious | ANGER_FRUSTRATION | true
            I'm scared someone stole my money          | FEAR_ANXIETY      | true
            thanks, that's great                       | POSITIVE          | false
            how do I change my PIN                     | NEUTRAL           | false
            """)
    void detectFindsTheClassAndVerdictOfObviousMessages(String text, EmotionClass expected, boolean emotional) {
        EmotionReading reading = model.detect(text);
        assertThat(reading.top()).as(reading.toString()).isEqualTo(expected);
        assertThat(reading.emotional()).as(reading + ", threshold " + model.threshold()).isEqualTo(emotional);
    }

    @Test
    void detectGivesClassScoresThatAddUpToOne() {
        EmotionReading reading = model.detect("my card was declined again");
        assertThat(reading.scores()).hasSize(EmotionClass.values().length);
        assertThat(reading.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1,
                within(1e-9));
        assertThat(reading.score()).isBetween(0.0, 1.0);
        assertThat(model.threshold()).isBetween(0.0, 1.0);
        assertThat(model.temperature()).isPositive();
    }

    @Test
    void loadOrTrainTrainsOnceThenLoadsTheSameModelFromDisk() {
        assertThat(TRAINING_EVENTS).hasPositiveValue();
        assertThat(models.file()).exists();
        AtomicInteger events = new AtomicInteger();
        EmotionModel loaded = models.loadOrTrain((stage, done, total) -> events.incrementAndGet());
        assertThat(events).hasValue(0);
        assertThat(loaded).isNotSameAs(model);
        for (String text : List.of("I am so annoyed", "what a lovely day", "ok")) {
            assertThat(loaded.detect(text)).isEqualTo(model.detect(text));
        }
    }

    @Test
    void otherDataOrSettingsUseAnotherFile() {
        var otherData = new EmotionModels(MINILM, cache, ENCODERS, new LexiconSentimentScorer(),
                "first-2000", () -> SLICE.subList(0, 2_000));
        var otherSettings = new EmotionModels(EmotionSettings.defaults(),
                cache, ENCODERS, new LexiconSentimentScorer(), "first-6000", () -> SLICE);
        assertThat(models.file()).isNotEqualTo(otherData.file()).isNotEqualTo(otherSettings.file());
        assertThat(otherData.cached()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            oh great, yet another fee. thanks a lot              | true
            WHY HAS NOBODY ANSWERED MY COMPLAINT                 | true
            my card was declined at the shop, can you check it?  | false
            thanks, that sorted it                               | false
            """)
    void shippedGivesTheDefaultModelWithoutTraining(String text, boolean emotional) {
        var shipped = new EmotionModels(EmotionSettings.defaults(), cache.resolve("empty"), ENCODERS,
                new LexiconSentimentScorer());
        assertThat(shipped.available()).isTrue();
        EmotionModel model = shipped.shipped().orElseThrow();
        assertThat(model.threshold()).isBetween(0.1, 0.4);
        assertThat(model.detect(text).emotional()).as(model.detect(text).toString()).isEqualTo(emotional);
    }

    @Test
    void aDamagedCacheFileIsIgnored() throws Exception {
        Path damaged = cache.resolve("damaged");
        var copy = new EmotionModels(MINILM, damaged, ENCODERS, new LexiconSentimentScorer(),
                "first-6000", () -> SLICE);
        Files.createDirectories(damaged);
        Files.write(copy.file(), Files.readAllBytes(models.file()), java.nio.file.StandardOpenOption.CREATE);
        assertThat(copy.cached()).isPresent();
        byte[] bytes = Files.readAllBytes(models.file());
        Files.write(copy.file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(copy.cached()).isEmpty();
    }
}
