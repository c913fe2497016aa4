package dev.tact.intents.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The arguments of evaluate-intents, checked. */
record EvaluateOptions(Optional<Path> train, Optional<Path> test, Optional<Path> validation, OptionalInt folds,
                       long seed, boolean json, Optional<Path> plot, boolean help) {

    static final long DEFAULT_SEED = 42;

    private static final Set<String> VALUED = Set.of("--train", "--test", "--val", "--folds", "--seed", "--plot");
    private static final Set<String> FLAGS = Set.of("--json", "--help", "-h");

    /** @throws EvaluationUsageException when the arguments do not make a valid call */
    static EvaluateOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!VALUED.contains(arg) && !FLAGS.contains(arg)) {
                throw new EvaluationUsageException(arg.startsWith("-") ? "unknown option " + arg
                        : "unexpected argument " + arg);
            }
            String value = "";
            if (VALUED.contains(arg)) {
                if (i + 1 == args.length || args[i + 1].startsWith("--")) {
                    throw new EvaluationUsageException(arg + " needs a value");
                }
                value = args[++i];
            }
            if (given.put(arg, value) != null) {
                throw new EvaluationUsageException(arg + " is given twice");
            }
        }
        boolean help = given.containsKey("--help") || given.containsKey("-h");
        EvaluateOptions options = new EvaluateOptions(path(given, "--train"), path(given, "--test"),
                path(given, "--val"), given.containsKey("--folds")
                ? OptionalInt.of(integer(given.get("--folds"))) : OptionalInt.empty(),
                given.containsKey("--seed") ? seed(given.get("--seed")) : DEFAULT_SEED, given.containsKey("--json"),
                path(given, "--plot"), help);
        if (!help) {
            options.check(given.containsKey("--seed"));
        }
        return options;
    }

    private void check(boolean seedGiven) {
        if (train.isEmpty() && folds.isEmpty()) {
            throw new EvaluationUsageException("--train is required, unless --folds K cross-validates on the domain");
        }
        if (folds.isPresent()) {
            if (test.isPresent() || validation.isPresent()) {
                throw new EvaluationUsageException("--folds cross-validates on --train (or the domain) alone;"
                        + " leave out --test and --val");
            }
            if (folds.getAsInt() < 2) {
                throw new EvaluationUsageException("--folds must be at least 2, was " + folds.getAsInt());
            }
        } else {
            if (test.isEmpty()) {
                throw new EvaluationUsageException("give --test S.csv (hold-out) or --folds K (cross-validation)");
            }
            if (seedGiven) {
                throw new EvaluationUsageException("--seed only applies with --folds");
            }
        }
        plot.map(Path::toAbsolutePath).map(Path::getParent).filter(dir -> !Files.isDirectory(dir))
                .ifPresent(dir -> {
                    throw new EvaluationUsageException("--plot: no such directory " + dir);
                });
    }

    private static Optional<Path> path(Map<String, String> given, String option) {
        return Optional.ofNullable(given.get(option)).map(Path::of);
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new EvaluationUsageException("--folds needs a whole number, was " + value);
        }
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new EvaluationUsageException("--seed needs a whole number, was " + value);
        }
    }
}
