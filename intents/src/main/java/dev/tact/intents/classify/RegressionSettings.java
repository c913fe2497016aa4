package dev.tact.intents.classify;

/**
 * How the softmax regression trains: mini-batch Adam on standardised inputs with L2 weight decay.
 *
 * @param epochs       passes over the training data
 * @param learningRate Adam's step size
 * @param l2           weight decay
 * @param batchSize    samples per update
 * @param seed         shuffling seed, so training is repeatable
 */
public record RegressionSettings(int epochs, double learningRate, double l2, int batchSize, long seed) {

    public static RegressionSettings defaults() {
        return new RegressionSettings(30, 0.002, 1e-4, 32, 42);
    }
}
