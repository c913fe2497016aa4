package dev.tact.intents.emotion;

import dev.tact.intents.classify.NetworkSettings;
import dev.tact.intents.classify.OnnxSentenceEmbedder.Encoder;

import java.util.List;
import java.util.Objects;

/**
 * How the emotion detector trains.
 *
 * @param encoders       the sentence encoders whose embeddings, concatenated, the label network reads
 * @param network        how the label network trains
 * @param negativeWeight the weight of a training row with a negative label (1 for the others)
 * @param heldOutShare   the share of the distinct training texts kept out of the label network's fitting to stop
 *                       it early and to fit the temperature, the verdict's combination and its threshold
 * @param targetRecall   the threshold is the one with the best F1 among those whose recall on the held-out rows is
 *                       at least this
 * @param seed           the seed of the held-out split
 */
public record EmotionSettings(List<Encoder> encoders, NetworkSettings network, double negativeWeight,
                              double heldOutShare, double targetRecall, long seed) {

    public EmotionSettings {
        encoders = List.copyOf(encoders);
        if (encoders.isEmpty()) {
            throw new IllegalArgumentException("at least one encoder is needed");
        }
        Objects.requireNonNull(network, "network must not be null");
        if (!(negativeWeight > 0)) {
            throw new IllegalArgumentException("negativeWeight must be positive, was " + negativeWeight);
        }
        if (!(heldOutShare > 0 && heldOutShare < 1)) {
            throw new IllegalArgumentException("heldOutShare must be in (0, 1), was " + heldOutShare);
        }
        if (!(targetRecall > 0 && targetRecall <= 1)) {
            throw new IllegalArgumentException("targetRecall must be in (0, 1], was " + targetRecall);
        }
    }

    /** Chosen on a held-out slice of GoEmotions train (see the intents README). */
    public static EmotionSettings defaults() {
        return new EmotionSettings(List.of(Encoder.MINILM, Encoder.BGE_SMALL),
                new NetworkSettings(256, 30, 3, 0.001, 64, 42), 1.0, 0.2, 0.82, 42);
    }

    /** The same settings with other encoders. */
    public EmotionSettings withEncoders(List<Encoder> others) {
        return new EmotionSettings(others, network, negativeWeight, heldOutShare, targetRecall, seed);
    }

    /** The same settings with another network and negative weight. */
    public EmotionSettings withNetwork(NetworkSettings other, double otherNegativeWeight) {
        return new EmotionSettings(encoders, other, otherNegativeWeight, heldOutShare, targetRecall, seed);
    }

    /** Every setting, for cache keys. */
    public String fingerprint() {
        return toString();
    }
}
