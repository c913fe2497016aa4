package dev.tact.app.cli;

import dev.tact.core.decision.PolicySettings;
import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.ClassifierSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings every command reads: the same as the server's ({@code TACT_DOMAIN}, {@code TACT_INTENTS_MODE},
 * {@code TACT_INTENTS_ENCODERS}, {@code TACT_MODEL_CACHE}, {@code TACT_POLICY_*}), which {@code --domain},
 * {@code --mode}, {@code --encoders}, {@code --model-cache} and the understanding thresholds
 * {@code --min-confidence}, {@code --min-margin}, {@code --max-out-of-scope} override; the options a command line
 * has that are not these are left in {@code rest}.
 */
record CommandSettings(String domain, ClassifierSettings classifier, Path modelCache, AnswerGate gate,
                       List<String> rest, PolicySettings basePolicy) {

    private static final List<String> OPTIONS = List.of("--domain", "--mode", "--model-cache", "--encoders",
            "--min-confidence", "--min-margin", "--max-out-of-scope");

    /**
     * @param keepUnknown whether options other than these go to {@code rest} (else they are a usage error)
     * @throws IllegalArgumentException on an unknown option, a missing value or a value out of range
     */
    static CommandSettings parse(String[] args, Map<String, String> environment, boolean keepUnknown) {
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
        return new CommandSettings(domain, classifier, Path.of(cache),
                new AnswerGate(minConfidence, minMargin, maxOutOfScope), rest, policy);
    }

    /** {@code TACT_EMOTION_TRAINING_ROWS}: GoEmotions rows the emotion model learns from, 0 (the default) for all. */
    static int emotionTrainingRows(Map<String, String> environment) {
        String rows = environment.getOrDefault("TACT_EMOTION_TRAINING_ROWS", "0");
        try {
            return Integer.parseInt(rows.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("TACT_EMOTION_TRAINING_ROWS must be a whole number, was '" + rows + "'");
        }
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
