package dev.tact.intents.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * How far confidences mean what they say: predictions grouped into equal-width bins of their top probability,
 * each bin's mean confidence against its share of right predictions, and the expected calibration error (ECE),
 * the rows-weighted mean gap between the two. A calibrated classifier right 80% of the time at confidence 0.8
 * has an ECE near 0.
 *
 * @param bins the non-empty bins, lowest confidence first
 * @param ece  the expected calibration error (0..1)
 */
public record Reliability(List<Bin> bins, double ece) {

    /**
     * One confidence bin.
     *
     * @param from           the bin's lower edge (exclusive, except for the first bin)
     * @param to             the bin's upper edge (inclusive)
     * @param rows           predictions whose top probability falls in the bin
     * @param meanConfidence their mean top probability
     * @param accuracy       the share of them whose top class is right
     */
    public record Bin(double from, double to, int rows, double meanConfidence, double accuracy) {
    }

    public Reliability {
        bins = List.copyOf(bins);
    }

    /**
     * @param confidences each prediction's top probability
     * @param correct     whether each prediction's top class is the gold one
     * @param binCount    equal-width bins over 0..1
     */
    public static Reliability of(double[] confidences, boolean[] correct, int binCount) {
        if (confidences.length != correct.length || confidences.length == 0 || binCount < 1) {
            throw new IllegalArgumentException("one verdict per confidence, at least one of each and one bin");
        }
        int[] rows = new int[binCount];
        double[] confidence = new double[binCount];
        int[] right = new int[binCount];
        for (int i = 0; i < confidences.length; i++) {
            int bin = Math.min(binCount - 1, Math.max(0, (int) Math.ceil(confidences[i] * binCount) - 1));
            rows[bin]++;
            confidence[bin] += confidences[i];
            right[bin] += correct[i] ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            if (rows[b] == 0) {
                continue;
            }
            double mean = confidence[b] / rows[b];
            double accuracy = (double) right[b] / rows[b];
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, rows[b], mean, accuracy));
            ece += (double) rows[b] / confidences.length * Math.abs(mean - accuracy);
        }
        return new Reliability(bins, ece);
    }

    /** The table as text, one bin a line. */
    public String table() {
        StringBuilder text = new StringBuilder(String.format("ECE %.4f%n", ece));
        for (Bin bin : bins) {
            text.append(String.format("  %.1f-%.1f  %5d rows  confidence %.3f  accuracy %.3f%n", bin.from(), bin.to(),
                    bin.rows(), bin.meanConfidence(), bin.accuracy()));
        }
        return text.toString();
    }
}
