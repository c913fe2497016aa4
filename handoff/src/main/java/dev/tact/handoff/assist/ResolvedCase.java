package dev.tact.handoff.assist;

import java.util.List;
import java.util.Objects;

/**
 * A conversation an agent resolved: what the customer wrote and what the agent answered.
 *
 * @param conversationId the conversation
 * @param customerText   the customer's messages, joined
 * @param agentReplies   the agent's messages, in order
 */
public record ResolvedCase(String conversationId, String customerText, List<String> agentReplies) {

    public ResolvedCase {
        Objects.requireNonNull(conversationId, "conversationId must not be null");
        Objects.requireNonNull(customerText, "customerText must not be null");
        agentReplies = List.copyOf(agentReplies);
    }
}
