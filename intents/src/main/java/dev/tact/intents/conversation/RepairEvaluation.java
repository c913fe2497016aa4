package dev.tact.intents.conversation;

import dev.tact.intents.classify.SentenceEmbedder;
import dev.tact.intents.classify.TrainingListener;
import dev.tact.intents.emotion.PrecisionRecall;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Measures the repair detector: cross-validation on train (whole exchanges per fold) gives out-of-fold scores, on
 * which the recommended threshold is chosen; a model trained on all of train is then measured on the held-out split
 * at that threshold. Nothing is fitted on the held-out rows.
 *
 * @param threshold          the recommended threshold: the best cross-validated F1 with recall at least the target
 * @param crossValidated     precision, recall and F1 of the out-of-fold scores at {@code threshold}
 * @param heldOut            the same figures on the held-out split, of the model trained on all of train
 * @param heldOutBest        the best F1 on the held-out split at any threshold (hindsight, for reference only)
 */
public record RepairEvaluation(double threshold, PrecisionRecall.Point crossValidated, PrecisionRecall.Point heldOut,
                               PrecisionRecall.Point heldOutBest) {

    public RepairEvaluation {
        Objects.requireNonNull(crossValidated, "crossValidated must not be null");
        Objects.requireNonNull(heldOut, "heldOut must not be null");
        Objects.requireNonNull(heldOutBest, "heldOutBest must not be null");
    }

    public static RepairEvaluation run(RepairSettings settings, SentenceEmbedder embedder, List<RepairSample> train,
                                       List<RepairSample> heldOut) {
        double[] outOfFold = crossValidate(settings, embedder, train);
        PrecisionRecall.Point chosen = new PrecisionRecall(outOfFold, gold(train))
                .bestWithRecall(settings.targetRecall());
        RepairModel model = new RepairTrainer(settings, embedder).train(train, TrainingListener.NONE);
        PrecisionRecall heldOutCurve = new PrecisionRecall(scores(model, heldOut), gold(heldOut));
        return new RepairEvaluation(chosen.threshold(), chosen, heldOutCurve.at(chosen.threshold()),
                heldOutCurve.best());
    }

    /** Each sample's score by a model trained on the folds that do not hold its exchange. */
    public static double[] crossValidate(RepairSettings settings, SentenceEmbedder embedder,
                                         List<RepairSample> samples) {
        Map<String, Integer> folds = folds(samples, settings.folds(), settings.seed());
        double[] scores = new double[samples.size()];
        for (int fold = 0; fold < settings.folds(); fold++) {
            List<RepairSample> fit = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (folds.get(samples.get(i).exchange()) == fold) {
                    test.add(i);
                } else {
                    fit.add(samples.get(i));
                }
            }
            RepairModel model = new RepairTrainer(settings, embedder).train(fit, TrainingListener.NONE);
            for (int i : test) {
                RepairSample sample = samples.get(i);
                scores[i] = model.probability(sample.previous(), sample.answer(), sample.current());
            }
        }
        return scores;
    }

    /** The exchanges dealt into {@code count} folds in a seeded random order. */
    static Map<String, Integer> folds(List<RepairSample> samples, int count, long seed) {
        List<String> exchanges = new ArrayList<>(new LinkedHashSet<>(samples.stream().map(RepairSample::exchange)
                .toList()));
        Collections.shuffle(exchanges, new Random(seed));
        Map<String, Integer> folds = new HashMap<>();
        for (int i = 0; i < exchanges.size(); i++) {
            folds.put(exchanges.get(i), i % count);
        }
        return folds;
    }

    static double[] scores(RepairModel model, List<RepairSample> samples) {
        return samples.stream().mapToDouble(s -> model.probability(s.previous(), s.answer(), s.current())).toArray();
    }

    static boolean[] gold(List<RepairSample> samples) {
        boolean[] gold = new boolean[samples.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = samples.get(i).repair();
        }
        return gold;
    }
}
