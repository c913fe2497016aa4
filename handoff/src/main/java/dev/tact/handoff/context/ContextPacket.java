package dev.tact.handoff.context;

import dev.tact.core.analysis.IntentScore;
import dev.tact.core.decision.HandoffReason;
import dev.tact.handoff.assist.Suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an agent gets when they take a conversation, so the customer never has to repeat themselves.
 *
 * @param customer    who and where
 * @param handoff     why and how long they waited
 * @param transcript  every message, oldest first
 * @param turns       for each analysed customer message, what the bot understood and decided
 * @param sentiment   the customer's sentiment, turn by turn
 * @param summary     a short extractive summary
 * @param suggestions replies the agent may insert and edit
 */
public record ContextPacket(Customer customer, HandoffView handoff, List<Line> transcript, List<Turn> turns,
                            List<SentimentPoint> sentiment, Summary summary, List<Suggestion> suggestions) {

    public ContextPacket {
        transcript = List.copyOf(transcript);
        turns = List.copyOf(turns);
        sentiment = List.copyOf(sentiment);
        suggestions = List.copyOf(suggestions);
    }

    /** The customer and their channel. */
    public record Customer(String conversationId, String channel, String name, String externalUserId,
                           Instant openedAt, String state) {
    }

    /** Why the conversation came to a person, and where it stands. */
    public record HandoffView(String team, int priority, List<HandoffReason> reasons, Instant requestedAt,
                              long waitedSeconds, String agent, String note) {
    }

    /** One message of the transcript; {@code deliveryFailure} says why it did not reach the customer, if not. */
    public record Line(String id, String role, String kind, String text, String intent, Instant at,
                       Optional<DeliveryFailure> deliveryFailure) {

        public Line {
            Objects.requireNonNull(deliveryFailure, "deliveryFailure must not be null");
        }
    }

    /** What the bot understood of one customer message. */
    public record Turn(String messageId, Instant at, List<IntentScore> topIntents, double outOfScope,
                       double sentiment, Map<String, Double> emotions, Map<String, Double> signals,
                       String decision, List<HandoffReason> reasons, String analyzer) {
    }

    /** The sentiment of one customer message, -1..1. */
    public record SentimentPoint(String messageId, Instant at, double sentiment) {
    }

    /**
     * @param customerWants the customer's most telling sentences
     * @param understoodAs  the intent the bot recognised last, or {@code none}
     * @param botSaid       what the bot already answered, most recent last
     */
    public record Summary(String customerWants, String understoodAs, List<String> botSaid) {
    }
}
