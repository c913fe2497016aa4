package dev.tact.app.cli;

import dev.tact.core.decision.PolicySettings;
import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.ClassifierSettings;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.EnsembleTrainer;
import dev.tact.intents.classify.ProgressBar;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.emotion.EmotionEvaluation;
import dev.tact.intents.emotion.EmotionFigures;
import dev.tact.intents.emotion.EmotionModel;
import dev.tact.intents.emotion.EmotionModels;
import dev.tact.intents.emotion.EmotionSettings;
import dev.tact.intents.emotion.GoEmotions;
import dev.tact.intents.evaluate.EvaluateIntentsCommand;
import dev.tact.intents.runtime.EmotionDetectors;
import dev.tact.intents.runtime.RequestShapes;
import dev.tact.intents.runtime.IntentModels;
import dev.tact.intents.runtime.RepairDetectors;
import dev.tact.intents.sentiment.LexiconSentimentScorer;
import dev.tact.app.wiring.IntentEngineFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The intent commands of the command line, run without starting the server: {@code train} and
 * {@code evaluate-intents}. They read the same settings as the server ({@code TACT_DOMAIN},
 * {@code TACT_INTENTS_MODE}, {@code TACT_INTENTS_ENCODERS}, {@code TACT_MODEL_CACHE}), which {@code --domain},
 * {@code --mode}, {@code --encoders} and {@code --model-cache} override.
 */
public final class IntentCommands {

    private final Map<String, String> environment;

    public IntentCommands(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** {@code train [--domain D] [--mode M] [--model-cache DIR]}: trains and caches the domain's model. */
    public int train(String[] args, PrintStream out, PrintStream err) {
        try {
            Settings settings = Settings.parse(args, environment, false);
            if (!settings.rest().isEmpty()) {
                throw new IllegalArgumentException("unknown option " + settings.rest().get(0));
            }
            Domain domain = IntentEngineFactory.loadDomain(settings.domain());
            Encoders encoders = new Encoders();
            IntentModels models = new IntentModels(settings.classifier(), settings.modelCache(), encoders);
            out.printf("Training domain %s (%d intents, %d examples, %s) …%n", domain.name(),
                    domain.intents().size(), domain.samples().size(), settings.classifier().mode());
            long start = System.nanoTime();
            ProgressBar progress = new ProgressBar(err);
            models.train(domain, progress);
            EmotionDetectors.forMode(settings.classifier().mode(), settings.modelCache(), encoders,
                    new LexiconSentimentScorer(), emotionTrainingRows(), progress);
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

    /**
     * {@code evaluate-intents [--mode M] [--encoders E] [--domain D] [--min-confidence X] [--min-margin X]
     * [--max-out-of-scope X] …}: the evaluation command (see its usage) with the configured classifier settings
     * and the handoff policy's default answer gate, whose thresholds the last three options replace.
     */
    public int evaluate(String[] args, PrintStream out, PrintStream err) {
        Settings settings;
        try {
            settings = Settings.parse(args, environment, true);
        } catch (IllegalArgumentException e) {
            err.println("evaluate-intents: " + e.getMessage());
            return 2;
        }
        AnswerGate gate = settings.gate();
        var trainer = new EnsembleTrainer(settings.classifier(), new Encoders()::get);
        return new EvaluateIntentsCommand(trainer, gate,
                () -> IntentEngineFactory.loadDomain(settings.domain()).samples())
                .run(settings.rest().toArray(String[]::new), out, err);
    }

    /**
     * {@code simulate --input conversations.jsonl [--domain D] [--mode M] [--encoders E] [--model-cache DIR]}:
     * runs conversations through the engine (see {@link SimulateCommand}); the model is loaded from the cache or
     * trained.
     */
    public int simulate(String[] args, PrintStream out, PrintStream err) {
        try {
            Settings settings = Settings.parse(args, environment, true);
            List<String> rest = settings.rest();
            if (rest.size() != 2 || !rest.get(0).equals("--input")) {
                throw new IllegalArgumentException("usage: simulate --input conversations.jsonl");
            }
            Path input = Path.of(rest.get(1));
            if (!java.nio.file.Files.isRegularFile(input)) {
                throw new IllegalArgumentException("no such file: " + input);
            }
            Understanding understanding = Understanding.load(settings, emotionTrainingRows(), err);
            return new SimulateCommand(understanding).run(input, out, err);
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            return 2;
        } catch (IntentsException | java.io.IOException e) {
            err.println("simulate: " + e.getMessage());
            return 2;
        }
    }

    /**
     * {@code analyze [--json] [--domain D] [--mode M] [--encoders E] [--model-cache DIR]}: reads messages from
     * standard input, one per line, and prints what the bot understands of each and what it would decide (see
     * {@link AnalyzeCommand}).
     */
    public int analyze(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        try {
            Settings settings = Settings.parse(args, environment, true);
            List<String> rest = settings.rest();
            boolean json = rest.contains("--json");
            if (rest.stream().anyMatch(option -> !option.equals("--json"))) {
                throw new IllegalArgumentException("unknown option " + rest.stream()
                        .filter(option -> !option.equals("--json")).findFirst().orElseThrow());
            }
            Understanding understanding = Understanding.load(settings, emotionTrainingRows(), err);
            return new AnalyzeCommand(understanding, json).run(in, out);
        } catch (IllegalArgumentException e) {
            err.println("analyze: " + e.getMessage());
            err.println("usage: analyze [--json] [--domain banking|DIR] [--mode ENSEMBLE|OPENNLP_ONLY] < messages.txt");
            return 2;
        } catch (IntentsException | java.io.IOException e) {
            err.println("analyze: " + e.getMessage());
            return 2;
        }
    }

    /**
     * {@code evaluate-emotions [--model-cache DIR]}: the configured emotion model (shipped, cached or trained) on the
     * bundled GoEmotions dev split: the "emotional" verdict against "has any negative label" (precision, recall, F1
     * at the model's threshold) and the top class against the gold classes.
     */
    public int evaluateEmotions(String[] args, PrintStream out, PrintStream err) {
        try {
            Settings settings = Settings.parse(args, environment, false);
            Encoders encoders = new Encoders();
            ProgressBar progress = new ProgressBar(err);
            EmotionModel model = EmotionModels.bundled(EmotionSettings.defaults(), settings.modelCache(), encoders,
                    new LexiconSentimentScorer(), emotionTrainingRows()).loadOrTrain(progress);
            EmotionFigures figures = EmotionEvaluation.run(model, GoEmotions.bundled().dev(), progress);
            progress.finish();
            out.println("GoEmotions dev, \"emotional\" against \"has any negative label\": " + figures);
            return 0;
        } catch (IllegalArgumentException | IntentsException e) {
            err.println("evaluate-emotions: " + e.getMessage());
            return 2;
        }
    }

    /** {@code TACT_EMOTION_TRAINING_ROWS}: GoEmotions rows the emotion model learns from, 0 (the default) for all. */
    int emotionTrainingRows() {
        String rows = environment.getOrDefault("TACT_EMOTION_TRAINING_ROWS", "0");
        try {
            return Integer.parseInt(rows.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("TACT_EMOTION_TRAINING_ROWS must be a whole number, was '" + rows + "'");
        }
    }

    /** The intent settings of a command line, the options it does not know left in {@code rest}. */
    record Settings(String domain, ClassifierSettings classifier, Path modelCache, AnswerGate gate,
                    List<String> rest, PolicySettings basePolicy) {

        private static final List<String> OPTIONS = List.of("--domain", "--mode", "--model-cache", "--encoders",
                "--min-confidence", "--min-margin", "--max-out-of-scope");

        static Settings parse(String[] args, Map<String, String> environment, boolean keepUnknown) {
            String domain = environment.getOrDefault("TACT_DOMAIN", "banking");
            String mode = environment.getOrDefault("TACT_INTENTS_MODE", "ENSEMBLE");
            String cache = environment.getOrDefault("TACT_MODEL_CACHE", "./data/models");
            String encoders = environment.getOrDefault("TACT_INTENTS_ENCODERS", "");
            PolicySettings policy = PolicyEnvironment.read(environment);
            double minConfidence = policy.minConfidence();
            double minMargin = policy.minMargin();
            double maxOutOfScope = policy.maxOutOfScope();
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                boolean known = OPTIONS.contains(option);
                if (!known) {
                    if (!keepUnknown) {
                        throw new IllegalArgumentException("unknown option " + option);
                    }
                    rest.add(option);
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--domain" -> domain = value;
                    case "--mode" -> mode = value;
                    case "--encoders" -> encoders = value;
                    case "--min-confidence" -> minConfidence = fraction(option, value);
                    case "--min-margin" -> minMargin = fraction(option, value);
                    case "--max-out-of-scope" -> maxOutOfScope = fraction(option, value);
                    default -> cache = value;
                }
            }
            ClassifierSettings.Mode parsedMode;
            try {
                parsedMode = ClassifierSettings.Mode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown mode " + mode + " (ENSEMBLE, OPENNLP_ONLY,"
                        + " EMBEDDINGS_ONLY)");
            }
            ClassifierSettings classifier = ClassifierSettings.defaults().withMode(parsedMode);
            if (!encoders.isBlank()) {
                classifier = classifier.withEncoders(ClassifierSettings.encoders(encoders));
            }
            return new Settings(domain, classifier, Path.of(cache),
                    new AnswerGate(minConfidence, minMargin, maxOutOfScope), rest, policy);
        }

        /** The policy of the {@code TACT_POLICY_*} variables with this command line's understanding thresholds. */
        PolicySettings policy() {
            return basePolicy.withUnderstanding(gate.minConfidence(), gate.minMargin(), gate.maxOutOfScope());
        }

        private static double fraction(String option, String value) {
            try {
                double number = Double.parseDouble(value);
                if (number >= 0 && number <= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " must be a number within 0..1, was '" + value + "'");
        }
    }
}
