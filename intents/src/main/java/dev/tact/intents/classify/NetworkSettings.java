package dev.tact.intents.classify;

/**
 * How a {@link HiddenLayerNetwork} trains: mini-batch Adam, stopped early when the log-loss on a validation set
 * stops falling.
 *
 * @param hidden       ReLU units in the hidden layer
 * @param maxEpochs    passes over the training data at most
 * @param patience     passes without a lower validation loss before training stops (the best pass is kept)
 * @param learningRate Adam's step size
 * @param batchSize    samples per update
 * @param seed         seed of the initial weights and of the shuffling, so training is repeatable
 */
public record NetworkSettings(int hidden, int maxEpochs, int patience, double learningRate, int batchSize,
                              long seed) {

    public NetworkSettings {
        if (hidden < 1 || maxEpochs < 1 || patience < 1 || batchSize < 1) {
            throw new IllegalArgumentException("hidden, maxEpochs, patience and batchSize must be positive");
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learningRate must be positive, was " + learningRate);
        }
    }
}
