package dev.tact.handoff.queue;

import java.util.Objects;

/**
 * What the system tells the customer when agents act.
 *
 * @param joined      an agent took the conversation; {@code %s} is the agent's name
 * @param transferred an agent passed the conversation on
 * @param released    an agent put the conversation back in line
 * @param survey      the satisfaction question at the end, answered 1-5
 */
public record DeskTexts(String joined, String transferred, String released, String survey) {

    public DeskTexts {
        Objects.requireNonNull(joined, "joined must not be null");
        Objects.requireNonNull(transferred, "transferred must not be null");
        Objects.requireNonNull(released, "released must not be null");
        Objects.requireNonNull(survey, "survey must not be null");
    }

    public static DeskTexts defaults() {
        return new DeskTexts("%s from our team has joined the conversation.",
                "I'm passing you to a colleague who can help with this; they will see everything written here.",
                "A colleague will be with you shortly; you keep your place in line.",
                "How satisfied are you with the help you got? Reply with a number from 1 (not at all) to 5 (very).");
    }

    public String joined(String agent) {
        return String.format(joined, agent);
    }
}
