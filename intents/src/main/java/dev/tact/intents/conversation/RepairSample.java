package dev.tact.intents.conversation;

import java.util.Objects;

/**
 * One labelled context of the repair detector: what the customer asked, what the bot answered, and what the
 * customer said next.
 *
 * @param exchange an identifier of the (previous, answer) exchange, shared by every follow-up written for it, so
 *                 that folds and splits keep an exchange whole
 * @param previous the customer's turn the bot answered
 * @param answer   the bot's answer
 * @param current  the customer's next turn
 * @param repair   whether {@code current} says the answer did not help or missed the point, contradicts it, or asks
 *                 the question again
 */
public record RepairSample(String exchange, String previous, String answer, String current, boolean repair) {

    public RepairSample {
        Objects.requireNonNull(exchange, "exchange must not be null");
        Objects.requireNonNull(previous, "previous must not be null");
        Objects.requireNonNull(answer, "answer must not be null");
        Objects.requireNonNull(current, "current must not be null");
    }
}
