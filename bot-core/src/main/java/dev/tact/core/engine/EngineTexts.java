package dev.tact.core.engine;

import dev.tact.core.handoff.QueueTicket;

import java.time.Duration;
import java.util.Objects;

/**
 * What the engine itself says to customers (the intents' answers live in the domain).
 *
 * @param handoff       told when a person takes over; never blames the customer
 * @param continuity    told after it: the person sees the conversation (also after the policy's own words, e.g.
 *                      a condolence that already says a person is coming)
 * @param analyzerError told when understanding the message failed, before a person takes over
 * @param surveyThanks  told when the customer answers the satisfaction question
 */
public record EngineTexts(String handoff, String continuity, String analyzerError, String surveyThanks) {

    public static EngineTexts defaults() {
        return new EngineTexts(
                "I'm passing you to a member of our team.",
                "They will see everything you have written here, so you won't need to repeat yourself.",
                "Something went wrong on our side while reading your message.",
                "Thank you for your answer. Is there anything else I can help with?");
    }

    public EngineTexts {
        Objects.requireNonNull(handoff, "handoff must not be null");
        Objects.requireNonNull(continuity, "continuity must not be null");
        Objects.requireNonNull(analyzerError, "analyzerError must not be null");
        Objects.requireNonNull(surveyThanks, "surveyThanks must not be null");
    }

    /** What the customer is told when a person takes over, after {@code preface} (empty for the plain words). */
    public String handoffNotice(String preface, QueueTicket ticket) {
        String opening = preface.isBlank() ? handoff : preface.strip();
        return opening + ' ' + continuity + ' ' + placeInLine(ticket);
    }

    /** The line about the customer's place in the queue, honest when there is no estimate. */
    public String placeInLine(QueueTicket ticket) {
        String place = ticket.position() == 1
                ? "You are next in line."
                : "You are number " + ticket.position() + " in line.";
        return ticket.estimatedWait()
                .map(wait -> place + " The wait is about " + minutes(wait) + ".")
                .orElse(place + " I can't estimate the wait yet.");
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, Math.round(wait.toSeconds() / 60.0));
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
