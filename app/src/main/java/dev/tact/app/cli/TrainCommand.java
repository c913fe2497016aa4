package dev.tact.app.cli;

import dev.tact.app.wiring.IntentEngineFactory;
import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.ProgressBar;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.runtime.EmotionDetectors;
import dev.tact.intents.runtime.IntentModels;
import dev.tact.intents.runtime.RepairDetectors;
import dev.tact.intents.runtime.RequestShapes;
import dev.tact.intents.sentiment.LexiconSentimentScorer;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code train [--domain D] [--mode M] [--encoders E] [--model-cache DIR]}: trains and caches the domain's intent
 * model and the emotion, request-shape and repair models of the mode, with a progress bar on standard error.
 */
public final class TrainCommand implements Command {

    @Override
    public int run(String[] args, Map<String, String> environment, InputStream in, PrintStream out,
                   PrintStream err) {
        try {
            CommandSettings settings = CommandSettings.parse(args, environment, false);
            Domain domain = IntentEngineFactory.loadDomain(settings.domain());
            Encoders encoders = new Encoders();
            IntentModels models = new IntentModels(settings.classifier(), settings.modelCache(), encoders);
            out.printf("Training domain %s (%d intents, %d examples, %s) …%n", domain.name(),
                    domain.intents().size(), domain.samples().size(), settings.classifier().mode());
            long start = System.nanoTime();
            ProgressBar progress = new ProgressBar(err);
            models.train(domain, progress);
            EmotionDetectors.forMode(settings.classifier().mode(), settings.modelCache(), encoders,
                    new LexiconSentimentScorer(), CommandSettings.emotionTrainingRows(environment), progress);
            RequestShapes.forMode(settings.classifier().mode(), settings.modelCache(), encoders, progress);
            RepairDetectors.forMode(settings.classifier().mode(), settings.modelCache(), encoders, progress);
            progress.finish();
            out.printf("Trained in %.1f s; model cached at %s%n", (System.nanoTime() - start) / 1e9,
                    models.file(domain));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("train: " + e.getMessage());
            err.println("usage: train [--domain banking|DIR] [--mode ENSEMBLE|OPENNLP_ONLY] [--encoders minilm[,bge-small]]"
                    + " [--model-cache DIR]");
            return 2;
        } catch (IntentsException e) {
            err.println("train: " + e.getMessage());
            return 2;
        }
    }
}
