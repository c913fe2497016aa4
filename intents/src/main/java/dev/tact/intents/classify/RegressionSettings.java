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

    /**
     * Measured on a Banking77 train 80/20 split: accuracy is flat from 8 to 60 epochs (BGE 92.5–92.7%, MiniLM
     * 91.2–91.7%), so a short schedule keeps training fast.
     */
    public static RegressionSettings defaults() {
        return new RegressionSettings(10, 0.002, 1e-5, 16, 42);
    }
}
