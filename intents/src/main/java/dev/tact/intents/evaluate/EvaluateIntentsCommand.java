package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;
import dev.tact.intents.classify.IntentClassifier;
import dev.tact.intents.classify.IntentTrainer;
import dev.tact.intents.classify.LabeledText;
import dev.tact.intents.classify.ProgressBar;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code evaluate-intents} command: trains the engine and reports how it does, on a test set (its gate perhaps
 * calibrated on a validation set) or by stratified k-fold cross-validation. Results go to {@code out}, training
 * progress and errors to {@code err}. Exit codes: 0 done, 2 usage error or unusable input file, 1 any other
 * failure.
 */
public final class EvaluateIntentsCommand {

    public static final String USAGE = """
            usage: evaluate-intents --train T.csv --test S.csv [--val V.csv] [--json] [--plot sweep.svg]
                   evaluate-intents [--train T.csv] --folds K [--seed N] [--json] [--plot sweep.svg]
              --train T.csv   training rows: CSV with a header, text in the first column, label in the second
                              (label oos = out of scope)
              --test S.csv    test rows, same format
              --val V.csv     validation rows: the gate's thresholds are calibrated on them (model trained on
                              --train only), then applied to the test rows
              --folds K       stratified K-fold cross-validation on --train (without --train: on the
                              configured domain's examples) instead of a test set
              --seed N        shuffling seed for --folds (default 42)
              --json          print one JSON object instead of the text report
              --plot F.svg    write the threshold sweep as an SVG plot
            """;

    private final IntentTrainer trainer;
    private final AnswerGate defaultGate;
    private final Supplier<List<LabeledText>> domainRows;

    /** @param defaultGate the gate to evaluate with unless --val calibrates one */
    public EvaluateIntentsCommand(IntentTrainer trainer, AnswerGate defaultGate) {
        this(trainer, defaultGate, () -> {
            throw new EvaluationUsageException("--train is required: no domain is configured");
        });
    }

    /**
     * @param domainRows the configured domain's examples, cross-validated by {@code --folds K} without
     *                   {@code --train}
     */
    public EvaluateIntentsCommand(IntentTrainer trainer, AnswerGate defaultGate,
                                  Supplier<List<LabeledText>> domainRows) {
        this.trainer = Objects.requireNonNull(trainer, "trainer must not be null");
        this.defaultGate = Objects.requireNonNull(defaultGate, "defaultGate must not be null");
        this.domainRows = Objects.requireNonNull(domainRows, "domainRows must not be null");
    }

    /** @return the exit code: 0 done, 2 usage or input error, 1 unexpected failure */
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            EvaluateOptions options = EvaluateOptions.parse(args);
            if (options.help()) {
                out.print(USAGE);
                return 0;
            }
            ProgressBar progress = new ProgressBar(err, !(options.json() && err == out));
            EvaluationReport report = options.folds().isPresent()
                    ? crossValidate(options, progress) : holdout(options, progress);
            progress.finish();
            if (options.plot().isPresent()) {
                Files.writeString(options.plot().get(), report.svg(), StandardCharsets.UTF_8);
            }
            out.print(options.json() ? report.json() + "\n" : report.text());
            if (options.plot().isPresent() && !options.json()) {
                out.println("\nSweep plot written to " + options.plot().get());
            }
            out.flush();
            return 0;
        } catch (EvaluationUsageException e) {
            err.println("evaluate-intents: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("evaluate-intents: could not write the plot: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("evaluate-intents failed: " + e);
            return 1;
        }
    }

    private EvaluationReport holdout(EvaluateOptions options, ProgressBar progress) {
        List<LabeledText> train = LabeledCsv.read(options.train().orElseThrow());
        List<LabeledText> test = requireInScope(options.test().orElseThrow(), LabeledCsv.read(options.test().get()));
        Optional<List<LabeledText>> validation = options.validation()
                .map(file -> requireInScope(file, LabeledCsv.read(file)));
        long start = System.nanoTime();
        IntentClassifier classifier = trainer.train(train, progress);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        progress.finish();
        Optional<Calibration> calibration = validation.map(rows -> new ThresholdCalibration()
                .calibrate(Predictions.classify(classifier, rows), defaultGate));
        AnswerGate gate = calibration.map(Calibration::gate).orElse(defaultGate);
        Evaluation evaluation = new Evaluator().evaluate(classifier, test, gate);
        return EvaluationReport.holdout(evaluation, train.size(), trainSeconds, calibration);
    }

    private EvaluationReport crossValidate(EvaluateOptions options, ProgressBar progress) {
        String file = options.train().map(Path::toString).orElse("the domain");
        List<LabeledText> rows = options.train().map(LabeledCsv::read).orElseGet(domainRows);
        int k = options.folds().orElseThrow();
        long inScope = rows.stream().filter(row -> !row.outOfScope()).count();
        if (inScope < k) {
            throw new EvaluationUsageException(file + ": " + inScope + " in-scope rows cannot make " + k
                    + " folds");
        }
        CrossValidationResult result = new CrossValidation(trainer, new Evaluator(), k, options.seed())
                .run(rows, defaultGate, progress);
        return EvaluationReport.of(result, rows.size());
    }

    private static List<LabeledText> requireInScope(Path file, List<LabeledText> rows) {
        if (rows.stream().allMatch(LabeledText::outOfScope)) {
            throw new EvaluationUsageException(file + ": only oos rows; in-scope rows are needed to evaluate");
        }
        return rows;
    }
}
