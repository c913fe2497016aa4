package dev.tact.app.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores simulated turns against the expectations written in a scenario file (format:
 * {@code intents/src/test/resources/scenarios/judgement/README.md}), with the figures of issue 11:
 * <ul>
 * <li>must-escalate turns escalated at or before that turn (a person already holds the conversation counts), by
 * reason;</li>
 * <li>clear-cut turns answered with the right intent, and what the others got instead;</li>
 * <li>upset or vulnerable customers (reasons {@code negative_emotion}, {@code sensitive}, {@code sentiment_trend})
 * whom the bot answered or asked a question instead of handing over — the worst errors, listed one by one;</li>
 * <li>off-topic and vague turns ({@code decline}, {@code clarify}) not answered with an intent, and how many got
 * exactly the expected decision.</li>
 * </ul>
 */
final class ScenarioScore {

    private static final Set<String> VULNERABLE = Set.of("negative_emotion", "sensitive", "sentiment_trend");

    private final Map<String, int[]> escalations = new TreeMap<>();
    private int mustEscalate;
    private int escalatedInTime;
    private int mustAnswer;
    private int answeredRight;
    private final Map<String, Integer> answerMisses = new TreeMap<>();
    private int notUnderstood;
    private int notAnswered;
    private int exactNotUnderstood;
    private final List<String> worst = new ArrayList<>();
    private final List<String> missedEscalations = new ArrayList<>();
    private final List<String> missedAnswers = new ArrayList<>();
    private final List<String> answeredOffTopic = new ArrayList<>();

    void add(String category, String id, int turn, String text, JsonNode expected, String decision, String intent) {
        String expect = expected.path("expect").asText();
        String line = id + " turn " + turn;
        switch (expect) {
            case "escalate" -> {
                String reason = expected.path("reason").asText();
                int[] counts = escalations.computeIfAbsent(reason, key -> new int[2]);
                mustEscalate++;
                counts[1]++;
                boolean inTime = decision.equals("escalate") || decision.equals("with_human");
                if (inTime) {
                    escalatedInTime++;
                    counts[0]++;
                    return;
                }
                missedEscalations.add(line + " (" + reason + "): " + decision + " " + intent);
                if (VULNERABLE.contains(reason) && !decision.equals("escalate") && !decision.equals("with_human")) {
                    worst.add(line + " (" + reason + "): " + decision + " " + intent + " — \"" + text + "\"");
                }
            }
            case "answer" -> {
                if (category.isEmpty()) {
                    return;
                }
                mustAnswer++;
                String wanted = expected.path("intent").asText();
                if (decision.equals("answer") && intent.equals(wanted)) {
                    answeredRight++;
                    return;
                }
                String miss = decision.equals("answer") ? "wrong intent" : decision;
                answerMisses.merge(miss, 1, Integer::sum);
                missedAnswers.add(line + " (" + wanted + "): " + decision + " " + intent);
            }
            case "decline", "clarify" -> {
                notUnderstood++;
                if (!decision.equals("answer")) {
                    notAnswered++;
                } else {
                    answeredOffTopic.add(line + " (" + expect + "): answered " + intent + " — \"" + text + "\"");
                }
                if (decision.equals(expect)) {
                    exactNotUnderstood++;
                }
            }
            default -> {
                // with_human turns only check that the bot does not take the conversation back
            }
        }
    }

    boolean hasExpectations() {
        return mustEscalate + mustAnswer + notUnderstood > 0;
    }

    String report() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("must-escalate turns escalated at or before that turn: %d / %d (%.1f%%)%n",
                escalatedInTime, mustEscalate, percent(escalatedInTime, mustEscalate)));
        escalations.forEach((reason, counts) -> text.append(String.format("  %s: %d / %d%n", reason, counts[0],
                counts[1])));
        text.append(String.format("clear-cut turns answered with the right intent: %d / %d (%.1f%%)%n", answeredRight,
                mustAnswer, percent(answeredRight, mustAnswer)));
        answerMisses.forEach((miss, count) -> text.append(String.format("  instead %s: %d%n", miss, count)));
        text.append(String.format("upset or vulnerable customers answered or asked a question: %d%n", worst.size()));
        worst.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append(String.format("off-topic and vague turns not answered with an intent: %d / %d (%.1f%%); "
                        + "with exactly the expected decline or clarify: %d%n", notAnswered, notUnderstood,
                percent(notAnswered, notUnderstood), exactNotUnderstood));
        answeredOffTopic.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append(String.format("missed escalations: %d%n", missedEscalations.size()));
        missedEscalations.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append(String.format("clear-cut turns not answered with the right intent: %d%n", missedAnswers.size()));
        missedAnswers.forEach(line -> text.append("  ").append(line).append('\n'));
        return text.toString();
    }

    /** The share of must-escalate turns escalated at or before that turn, 0..1. */
    double escalatedShare() {
        return mustEscalate == 0 ? 0 : escalatedInTime / (double) mustEscalate;
    }

    /** The share of clear-cut turns answered with the right intent, 0..1. */
    double answeredShare() {
        return mustAnswer == 0 ? 0 : answeredRight / (double) mustAnswer;
    }

    /** Upset or vulnerable customers answered or asked a question instead of being handed over. */
    int worstErrors() {
        return worst.size();
    }

    /** The share of off-topic and vague turns not answered with an intent, 0..1. */
    double notAnsweredShare() {
        return notUnderstood == 0 ? 1 : notAnswered / (double) notUnderstood;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
