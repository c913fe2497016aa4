package dev.tact.handoff.queue;

import java.util.List;

/** Which conversations an agent holds now, and which they ever held (what they may read). */
public interface AgentHoldings {

    /** The handoffs an agent holds now, in the order they claimed them. */
    List<Handoff> heldBy(String agent);

    /** True when the agent holds or once held the conversation. */
    boolean heldEver(String conversationId, String agent);
}
