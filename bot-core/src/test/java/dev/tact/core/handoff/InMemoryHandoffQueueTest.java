package dev.tact.core.handoff;

import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.InMemoryConversationStore;

import java.time.Instant;

class InMemoryHandoffQueueTest extends HandoffQueueContract {

    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final InMemoryHandoffQueue queue = new InMemoryHandoffQueue(conversations);

    @Override
    protected HandoffQueue queue() {
        return queue;
    }

    @Override
    protected ConversationStore conversations() {
        return conversations;
    }

    @Override
    protected void close(String conversationId, Instant at) {
        queue.take(conversationId, ConversationState.CLOSED, at);
    }
}
