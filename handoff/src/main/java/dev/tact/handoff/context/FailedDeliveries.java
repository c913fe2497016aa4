package dev.tact.handoff.context;

import java.util.Map;

/** The messages of a conversation that did not reach the customer, and why: the agent sees it next to them. */
@FunctionalInterface
public interface FailedDeliveries {

    /** The conversation's undelivered messages by message id; empty when every message went out. */
    Map<String, DeliveryFailure> of(String conversationId);
}
