package dev.tact.bench;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.decision.PolicySettings;
import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.EnsembleIntentClassifier;
import dev.tact.intents.classify.IntentPrediction;
import dev.tact.intents.classify.ProgressBar;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainLoader;
import dev.tact.intents.runtime.CustomerAnalyzer;
import dev.tact.intents.domain.DomainRules;
import dev.tact.intents.runtime.EmotionDetectors;
import dev.tact.intents.runtime.IntentModels;
import dev.tact.intents.runtime.RequestShapes;
import dev.tact.intents.runtime.RepairDetectors;
import dev.tact.intents.sentiment.LexiconSentimentScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What {@code analyze} does for one message, single-threaded, with the embedding signal on: {@link #analyze} runs
 * the intent classifier and every detector (emotion, sensitive situations, ambiguity with per-clause
 * classification, conversation signals); {@link #classifyOnly} runs the intent classifier alone on the same texts,
 * so the difference is what the detectors add. Every call uses a text not seen before (domain examples with a
 * counter suffix), so no embedding comes from a cache: the worst case. Sample time mode gives the percentiles.
 *
 * <pre>
 * mvn -Pbench package -DskipTests
 * java -jar bench/jmh/target/benchmarks.jar AnalyzeBenchmark -f 1 -wi 3 -w 5s -i 5 -r 10s
 * </pre>
 * The models are trained into {@code ./data/models} (as {@code tact train} does) if they are not cached there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class AnalyzeBenchmark {

    private EnsembleIntentClassifier classifier;
    private Analyzer analyzer;
    private FreshTexts texts;

    @Setup(Level.Trial)
    public void load() {
        Domain domain = DomainLoader.bundled("banking");
        Path cache = Path.of(System.getProperty("tact.models", "data/models"));
        var encoders = new Encoders();
        var sentiment = new LexiconSentimentScorer();
        ProgressBar progress = new ProgressBar(System.err);
        classifier = new IntentModels(ClassifierSettings.defaults(), cache, encoders).loadOrTrain(domain, progress);
        var emotion = EmotionDetectors.forMode(ClassifierSettings.Mode.ENSEMBLE, cache, encoders, sentiment, 0,
                progress);
        var shapes = RequestShapes.forMode(ClassifierSettings.Mode.ENSEMBLE, cache, encoders, progress);
        var repair = RepairDetectors.forMode(ClassifierSettings.Mode.ENSEMBLE, cache, encoders, progress);
        progress.finish();
        analyzer = CustomerAnalyzer.create(domain, classifier, emotion, shapes, repair, sentiment,
                DomainRules.applyTo(PolicySettings.defaults(), domain), "bench");
        texts = new FreshTexts(domain);
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(texts.next(), List.of());
    }

    @Benchmark
    public IntentPrediction classifyOnly() {
        return classifier.classify(texts.next());
    }
}
