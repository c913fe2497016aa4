package dev.tact.bench;

import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.EnsembleIntentClassifier;
import dev.tact.intents.classify.IntentPrediction;
import dev.tact.intents.classify.ProgressBar;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainLoader;
import dev.tact.intents.runtime.IntentModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Classifying one customer message with the bundled banking domain's model, single-threaded, in each mode.
 * Every call classifies a different text drawn from 2,000 distinct domain examples (more than any cache keeps
 * warm between two uses of the same text: the embedding cache holds 20,000, so texts are varied with a counter
 * suffix to make every embedding a real one). Sample time mode reports the percentiles (p0.99 is the figure).
 *
 * <pre>
 * mvn -Pbench package -DskipTests
 * java -jar bench/jmh/target/benchmarks.jar ClassifyBenchmark -f 1 -wi 3 -w 5s -i 5 -r 10s
 * </pre>
 * The model is trained into {@code ./data/models} (as {@code tact train} does) if it is not cached there yet.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class ClassifyBenchmark {

    @Param({"ENSEMBLE", "OPENNLP_ONLY"})
    public String mode;

    private EnsembleIntentClassifier classifier;
    private FreshTexts texts;

    @Setup(Level.Trial)
    public void load() {
        Domain domain = DomainLoader.bundled("banking");
        var settings = ClassifierSettings.defaults().withMode(ClassifierSettings.Mode.valueOf(mode));
        var models = new IntentModels(settings, Path.of(System.getProperty("tact.models", "data/models")),
                new Encoders());
        ProgressBar progress = new ProgressBar(System.err);
        classifier = models.loadOrTrain(domain, progress);
        progress.finish();
        texts = new FreshTexts(domain);
    }

    @Benchmark
    public IntentPrediction classify() {
        return classifier.classify(texts.next());
    }
}
