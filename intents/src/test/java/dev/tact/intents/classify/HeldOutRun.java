package dev.tact.intents.classify;

import dev.tact.core.decision.PolicySettings;
import dev.tact.intents.evaluate.GateFigures;
import dev.tact.intents.evaluate.Reliability;
import dev.tact.intents.evaluate.ScoredRow;

import java.util.ArrayList;
import java.util.List;

/**
 * One training on a train part and one pass over a held-out part, keeping each row's probabilities before the
 * temperature, so that the gate figures and the reliability with and without calibration come from one pass.
 */
final class HeldOutRun {

    /** The gate the bot uses by default (bot-core's policy defaults). */
    static final AnswerGate DEFAULT_GATE = gate(PolicySettings.defaults());

    final EnsembleIntentClassifier classifier;
    final List<LabeledText> test;
    final List<double[]> uncalibrated = new ArrayList<>();
    final double trainSeconds;
    /** Milliseconds each row took to classify, one thread, in row order (the first rows include warm-up). */
    final double[] classifyMillis;

    HeldOutRun(ClassifierSettings settings, List<LabeledText> train, List<LabeledText> test) {
        long start = System.nanoTime();
        this.classifier = new EnsembleTrainer(settings, new Encoders()::get).train(train, TrainingListener.NONE);
        this.trainSeconds = (System.nanoTime() - start) / 1e9;
        this.test = List.copyOf(test);
        this.classifyMillis = new double[test.size()];
        for (int i = 0; i < test.size(); i++) {
            long begin = System.nanoTime();
            uncalibrated.add(classifier.uncalibrated(test.get(i).text()));
            classifyMillis[i] = (System.nanoTime() - begin) / 1e6;
        }
    }

    /** Mean, median and 99th percentile of the classification time after the first 200 rows (warm-up). */
    String latency() {
        double[] warm = java.util.Arrays.copyOfRange(classifyMillis, Math.min(200, classifyMillis.length / 2),
                classifyMillis.length);
        java.util.Arrays.sort(warm);
        double mean = java.util.Arrays.stream(warm).average().orElse(0);
        return String.format("classify mean %.2f ms, p50 %.2f ms, p99 %.2f ms over %d rows", mean,
                warm[warm.length / 2], warm[(int) Math.min(warm.length - 1, Math.ceil(warm.length * 0.99) - 1)],
                warm.length);
    }

    static AnswerGate gate(PolicySettings policy) {
        return new AnswerGate(policy.minConfidence(), policy.minMargin(), policy.maxOutOfScope());
    }

    /** The predictions under a temperature (the classifier's own, or 1 for none). */
    List<ScoredRow> rows(double temperature) {
        List<ScoredRow> rows = new ArrayList<>(test.size());
        for (int i = 0; i < test.size(); i++) {
            double[] calibrated = TemperatureScaling.apply(uncalibrated.get(i), temperature);
            rows.add(new ScoredRow(test.get(i), classifier.prediction(calibrated)));
        }
        return rows;
    }

    GateFigures figures(double temperature, AnswerGate gate) {
        return GateFigures.of(rows(temperature), gate);
    }

    /** The figures at minimum confidences 0.40, 0.45, ... 0.90 (margin and out-of-scope limit of {@code gate}). */
    String sweep(double temperature, AnswerGate gate) {
        StringBuilder text = new StringBuilder();
        for (int step = 8; step <= 18; step++) {
            GateFigures figures = figures(temperature, gate.withMinConfidence(step * 0.05));
            text.append(String.format("  min confidence %.2f: answered %.4f, right of answered %.4f, in-scope %.4f,"
                            + " oos recall %s%n", step * 0.05, figures.answeredShare(),
                    figures.accuracyOfAnswered().orElse(0), figures.inScopeAccuracy(),
                    figures.oosRecall().isPresent() ? String.format("%.4f", figures.oosRecall().getAsDouble()) : "-"));
        }
        return text.toString();
    }

    /** Reliability of the in-scope rows' top intent. */
    Reliability reliability(double temperature) {
        List<ScoredRow> rows = rows(temperature).stream().filter(row -> !row.row().outOfScope()).toList();
        double[] confidence = new double[rows.size()];
        boolean[] correct = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            confidence[i] = rows.get(i).prediction().top().probability();
            correct[i] = rows.get(i).prediction().top().intent().equals(rows.get(i).row().label());
        }
        return Reliability.of(confidence, correct, 10);
    }
}
