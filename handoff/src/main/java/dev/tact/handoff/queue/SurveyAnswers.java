package dev.tact.handoff.queue;

import dev.tact.core.conversation.Message;
import dev.tact.core.engine.SurveyScore;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Takes a customer's answer to the satisfaction question: a lone 1-5 within a day of the resolution, the first
 * one only.
 */
public final class SurveyAnswers {

    private static final Duration ANSWER_WINDOW = Duration.ofDays(1);

    private final HandoffHistory history;
    private final SatisfactionRatings ratings;

    public SurveyAnswers(HandoffHistory history, SatisfactionRatings ratings) {
        this.history = history;
        this.ratings = ratings;
    }

    /** Stores the score when the message answers a pending question; true when it did. */
    public boolean accept(Message message) {
        if (!message.fromCustomer()) {
            return false;
        }
        OptionalInt score = SurveyScore.parse(message.text());
        if (score.isEmpty()) {
            return false;
        }
        Optional<Handoff> latest = history.latest(message.conversationId())
                .filter(handoff -> handoff.state() == HandoffState.RESOLVED)
                .filter(handoff -> handoff.resolvedAt().map(at -> at.plus(ANSWER_WINDOW).isAfter(message.at()))
                        .orElse(false));
        return latest.isPresent() && ratings.rate(latest.get().id(), score.getAsInt(), message.at());
    }
}
