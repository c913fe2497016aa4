package dev.tact.handoff.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the service does: how much the bot contained, why it escalated, how long customers waited, how long agents
 * took, how many customers gave up, how satisfied they were.
 *
 * @param conversations        conversations in which the customer wrote
 * @param containmentRate      share of them never handed to a person
 * @param escalationRate       share handed to a person
 * @param escalationsByReason  handoffs per escalation signal
 * @param queueWait            seconds from escalation to the first claim
 * @param handleTime           seconds from the first claim to the resolution
 * @param abandonmentRate      share of ended handoffs the customer left while waiting
 * @param satisfaction         the 1-5 answers
 */
public record ServiceMetrics(long conversations, double containmentRate, double escalationRate,
                             Map<String, Long> escalationsByReason, Percentiles queueWait, Percentiles handleTime,
                             double abandonmentRate, Satisfaction satisfaction) {

    /** p50 and p90 of a set of durations in seconds, and how many there were. */
    public record Percentiles(long count, double p50, double p90) {
        static Percentiles of(double[] values) {
            if (values.length == 0) {
                return new Percentiles(0, 0, 0);
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return new Percentiles(sorted.length, nearestRank(sorted, 0.5), nearestRank(sorted, 0.9));
        }

        private static double nearestRank(double[] sorted, double quantile) {
            int rank = (int) Math.ceil(quantile * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    /** The answers to the satisfaction question: how many, their mean, and how many of each score. */
    public record Satisfaction(long answers, double mean, Map<Integer, Long> distribution) {
    }

    public static ServiceMetrics of(long conversations, long escalatedConversations, List<HandoffFacts> handoffs) {
        double escalation = conversations == 0 ? 0 : (double) escalatedConversations / conversations;
        Map<String, Long> byReason = handoffs.stream().flatMap(handoff -> handoff.signals().stream().distinct())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        long ended = handoffs.stream().filter(handoff -> !handoff.outcome().isEmpty()).count();
        long abandoned = handoffs.stream().filter(handoff -> handoff.outcome().equals("abandoned")).count();
        int[] scores = handoffs.stream().filter(handoff -> handoff.satisfaction().isPresent())
                .mapToInt(handoff -> handoff.satisfaction().getAsInt()).toArray();
        Map<Integer, Long> distribution = new TreeMap<>();
        for (int score = 1; score <= 5; score++) {
            int wanted = score;
            distribution.put(score, Arrays.stream(scores).filter(value -> value == wanted).count());
        }
        return new ServiceMetrics(conversations, conversations == 0 ? 0 : 1 - escalation, escalation, byReason,
                Percentiles.of(values(handoffs, HandoffFacts::waitSeconds)),
                Percentiles.of(values(handoffs, HandoffFacts::handleSeconds)),
                ended == 0 ? 0 : (double) abandoned / ended,
                new Satisfaction(scores.length, Arrays.stream(scores).average().orElse(0), distribution));
    }

    private static double[] values(List<HandoffFacts> handoffs, Function<HandoffFacts, OptionalDouble> field) {
        return handoffs.stream().map(field).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
    }
}
