package dev.tact.intents.ambiguity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How likely a message is of each {@link RequestShape}; the shapes a classifier does not judge are absent and read
 * as 0.
 *
 * @param probabilities 0..1 per shape
 */
public record ShapeReading(Map<RequestShape, Double> probabilities) {

    public ShapeReading {
        Objects.requireNonNull(probabilities, "probabilities must not be null");
        probabilities.forEach((shape, p) -> {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException(shape + " must be within 0..1, was " + p);
            }
        });
        probabilities = probabilities.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(probabilities));
    }

    /** The probabilities in {@link RequestShape} order. */
    public static ShapeReading of(double[] probabilities) {
        if (probabilities.length != RequestShape.values().length) {
            throw new IllegalArgumentException("one probability per shape expected, got " + probabilities.length);
        }
        Map<RequestShape, Double> map = new EnumMap<>(RequestShape.class);
        for (RequestShape shape : RequestShape.values()) {
            map.put(shape, probabilities[shape.ordinal()]);
        }
        return new ShapeReading(map);
    }

    /** The probability of {@code shape}, 0 when it was not judged. */
    public double probability(RequestShape shape) {
        return probabilities.getOrDefault(shape, 0.0);
    }

    /** The most likely shape ({@link RequestShape#PLAIN} when nothing was judged). */
    public RequestShape top() {
        return probabilities.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(RequestShape.PLAIN);
    }
}
