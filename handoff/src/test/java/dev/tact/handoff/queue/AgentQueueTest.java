package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.handoff.HandoffQueue;
import dev.tact.core.handoff.HandoffQueueContract;
import dev.tact.handoff.testing.HandoffFixture;

import java.time.Instant;

/** The engine's queue contract on {@link AgentQueue} over the in-memory handoff store. */
class AgentQueueTest extends HandoffQueueContract {

    private final HandoffFixture fixture = new HandoffFixture();

    @Override
    protected HandoffQueue queue() {
        return fixture.queue;
    }

    @Override
    protected ConversationStore conversations() {
        return fixture.conversations;
    }

    @Override
    protected void close(String conversationId, Instant at) {
        fixture.handoffs.abandon(conversationId, at);
    }
}
