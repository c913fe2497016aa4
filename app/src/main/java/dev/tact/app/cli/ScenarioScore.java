package dev.tact.app.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores simulated turns against the expectations written in a scenario file: the share of must-escalate turns
 * that escalated at that very turn, the share of clear answer turns answered with the right intent, and, one by
 * one, the worst errors: the bot answering an upset or vulnerable customer it should have handed over.
 */
final class ScenarioScore {

    private static final Set<String> VULNERABLE = Set.of("negative_emotion", "sensitive", "sentiment_trend");

    private int mustEscalate;
    private int escalatedRightTurn;
    private int mustAnswer;
    private int answeredRight;
    private final List<String> worst = new ArrayList<>();
    private final List<String> missedEscalations = new ArrayList<>();
    private final List<String> missedAnswers = new ArrayList<>();

    void add(String category, String id, int turn, String text, JsonNode expected, String decision, String intent) {
        String expect = expected.path("expect").asText();
        if (expect.equals("escalate")) {
            mustEscalate++;
            if (decision.equals("escalate")) {
                escalatedRightTurn++;
            } else {
                String reason = expected.path("reason").asText();
                String line = id + " turn " + turn + " (" + reason + "): " + decision + " " + intent;
                missedEscalations.add(line);
                if (decision.equals("answer") && VULNERABLE.contains(reason)) {
                    worst.add(line + " — \"" + text + "\"");
                }
            }
        } else if (expect.equals("answer") && !category.isEmpty()) {
            mustAnswer++;
            if (decision.equals("answer") && intent.equals(expected.path("intent").asText())) {
                answeredRight++;
            } else {
                missedAnswers.add(id + " turn " + turn + " (" + expected.path("intent").asText() + "): " + decision
                        + " " + intent);
            }
        }
    }

    boolean hasExpectations() {
        return mustEscalate + mustAnswer > 0;
    }

    String report() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("must-escalate turns escalated at that turn: %d / %d (%.1f%%)%n", escalatedRightTurn,
                mustEscalate, percent(escalatedRightTurn, mustEscalate)));
        text.append(String.format("answer turns answered with the right intent: %d / %d (%.1f%%)%n", answeredRight,
                mustAnswer, percent(answeredRight, mustAnswer)));
        text.append(String.format("worst errors (answered an upset or vulnerable customer): %d%n", worst.size()));
        worst.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append(String.format("missed escalations: %d%n", missedEscalations.size()));
        missedEscalations.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append(String.format("answer turns not answered with the right intent: %d%n", missedAnswers.size()));
        missedAnswers.forEach(line -> text.append("  ").append(line).append('\n'));
        return text.toString();
    }

    /** The share of must-escalate turns that escalated at that turn, 0..1. */
    double escalatedShare() {
        return mustEscalate == 0 ? 0 : escalatedRightTurn / (double) mustEscalate;
    }

    /** The share of answer turns answered with the right intent, 0..1. */
    double answeredShare() {
        return mustAnswer == 0 ? 0 : answeredRight / (double) mustAnswer;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
