package dev.tact.intents.runtime;

import dev.tact.core.analysis.Analysis;
import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.EnsembleIntentClassifier;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainLoader;
import dev.tact.intents.sentiment.LexiconSentimentScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class IntentModelsTest {

    private static final Encoders ENCODERS = new Encoders();

    @TempDir
    Path cache;

    private final Domain tiny = DomainLoader.bundled("tiny");

    @Test
    void loadOrTrainTrainsOnceThenLoadsTheSameModelFromDisk() {
        var models = new IntentModels(ClassifierSettings.defaults(), cache, ENCODERS);
        AtomicInteger events = new AtomicInteger();
        EnsembleIntentClassifier trained = models.loadOrTrain(tiny, (stage, done, total) -> events.incrementAndGet());
        assertThat(events).hasPositiveValue();
        assertThat(models.file(tiny)).exists();

        events.set(0);
        EnsembleIntentClassifier loaded = models.loadOrTrain(tiny, (stage, done, total) -> events.incrementAndGet());
        assertThat(events).hasValue(0);
        assertThat(loaded).isNotSameAs(trained);
        for (String text : List.of("hello there", "when do you open tomorrow", "blah")) {
            assertThat(loaded.classify(text)).isEqualTo(trained.classify(text));
        }
    }

    @Test
    void trainingTheSameDomainTwiceWritesIdenticalFiles(@TempDir Path other) throws Exception {
        var first = new IntentModels(ClassifierSettings.defaults(), cache, new Encoders());
        var second = new IntentModels(ClassifierSettings.defaults(), other, new Encoders());
        EnsembleIntentClassifier a = first.train(tiny, TrainingListener.NONE);
        EnsembleIntentClassifier b = second.train(tiny, TrainingListener.NONE);
        assertThat(Files.mismatch(first.file(tiny), second.file(tiny))).isEqualTo(-1L);
        assertThat(b.classify("are you open on sunday")).isEqualTo(a.classify("are you open on sunday"));
    }

    @Test
    void anotherDomainOrOtherSettingsUseAnotherFile() {
        var ensemble = new IntentModels(ClassifierSettings.defaults(), cache, ENCODERS);
        var openNlp = new IntentModels(ClassifierSettings.defaults().withMode(ClassifierSettings.Mode.OPENNLP_ONLY),
                cache, ENCODERS);
        Domain edited = new Domain(tiny.name(), tiny.intents(), tiny.outOfScope(), "another-fingerprint");
        assertThat(ensemble.file(tiny)).isNotEqualTo(openNlp.file(tiny)).isNotEqualTo(ensemble.file(edited));
    }

    @Test
    void aDamagedCacheFileIsRetrainedNotFatal() throws Exception {
        var models = new IntentModels(ClassifierSettings.defaults().withMode(ClassifierSettings.Mode.OPENNLP_ONLY),
                cache, ENCODERS);
        Files.createDirectories(cache);
        Files.write(models.file(tiny), new byte[] {0x54, 0x41, 0x43, 0x54, 0, 0});
        assertThat(models.cached(tiny)).isEmpty();
        EnsembleIntentClassifier classifier = models.loadOrTrain(tiny, TrainingListener.NONE);
        assertThat(classifier.classify("good morning").top().intent()).isEqualTo("greeting");
        assertThat(models.cached(tiny)).isPresent();
    }

    @Test
    void analyzerReportsTheBestIntentsAndTheOutOfScopeScore() {
        var models = new IntentModels(ClassifierSettings.defaults(), cache, ENCODERS);
        var analyzer = new IntentAnalyzer(models.loadOrTrain(tiny, TrainingListener.NONE),
                new LexiconSentimentScorer(), "intents-test");
        Analysis analysis = analyzer.analyze("hi there", List.of());
        assertThat(analysis.top().intent()).isEqualTo("greeting");
        assertThat(analysis.sentiment()).isZero();
        assertThat(analyzer.analyze("this is RIDICULOUS, I hate waiting!!!", List.of()).sentiment()).isLessThan(-0.5);
        assertThat(analysis.analyzer()).isEqualTo("intents-test");
        assertThat(analysis.intents()).hasSizeLessThanOrEqualTo(5);
    }
}
