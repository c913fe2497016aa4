package dev.tact.intents.ambiguity;

import dev.tact.intents.emotion.PrecisionRecall;

/**
 * From which probability a signal of {@link RequestShapeDetector} should count: a recommendation for the handoff
 * policy, chosen by cross-validation on the train split (the policy owns its own thresholds).
 *
 * @param hedged   for {@code hedged}
 * @param multiple for {@code multiple_requests}
 * @param vague    for {@code vague}
 */
public record ShapeThresholds(double hedged, double multiple, double vague) {

    /** The recall on unseen data the thresholds aim at; they are chosen at a margin above it. */
    public static final double TARGET_RECALL = 0.85;

    public ShapeThresholds {
        for (double t : new double[] {hedged, multiple, vague}) {
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("thresholds must be within (0, 1), was " + t);
            }
        }
    }

    /**
     * The recommendation: {@link #chosen} on the pooled 5-fold cross-validation of the default settings on the train
     * split (seed 42), rounded down to 0.05 (see the intents README, "Request shape").
     */
    public static ShapeThresholds recommended() {
        return new ShapeThresholds(0.35, 0.30, 0.40);
    }

    /** For each shape, the threshold with the best F1 among those with at least {@code recall} on {@code scores}. */
    public static ShapeThresholds chosen(ShapeScores scores, double recall) {
        return new ShapeThresholds(pick(scores, RequestShape.HEDGED, recall),
                pick(scores, RequestShape.MULTIPLE, recall), pick(scores, RequestShape.VAGUE, recall));
    }

    private static double pick(ShapeScores scores, RequestShape shape, double recall) {
        PrecisionRecall.Point point = scores.curve(shape).bestWithRecall(recall);
        return Math.max(0.01, Math.min(0.99, point.threshold()));
    }

    /** Whether any of the three signals of {@code reading} reaches its threshold. */
    public boolean flags(ShapeReading reading) {
        return reading.probability(RequestShape.HEDGED) >= hedged
                || reading.probability(RequestShape.MULTIPLE) >= multiple
                || reading.probability(RequestShape.VAGUE) >= vague;
    }

    /** @throws IllegalArgumentException for {@link RequestShape#PLAIN}, which is no signal */
    public double of(RequestShape shape) {
        return switch (shape) {
            case HEDGED -> hedged;
            case MULTIPLE -> multiple;
            case VAGUE -> vague;
            case PLAIN -> throw new IllegalArgumentException("plain has no threshold");
        };
    }
}
