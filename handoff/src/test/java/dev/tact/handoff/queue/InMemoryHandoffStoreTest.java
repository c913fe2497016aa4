package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.InMemoryConversationStore;
import dev.tact.handoff.testing.InMemoryHandoffStore;

class InMemoryHandoffStoreTest extends HandoffStoreContract {

    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final InMemoryHandoffStore store = new InMemoryHandoffStore(conversations);

    @Override
    protected HandoffLine line() {
        return store;
    }

    @Override
    protected AgentHoldings holdings() {
        return store;
    }

    @Override
    protected HandoffHistory history() {
        return store;
    }

    @Override
    protected ToldPositions told() {
        return store;
    }

    @Override
    protected SatisfactionRatings ratings() {
        return store;
    }

    @Override
    protected ConversationStore conversations() {
        return conversations;
    }

    @Override
    protected void agent(String username, int capacity) {
        // the in-memory store knows agents by the handoffs they hold
    }

    @Override
    protected int raceRounds() {
        return 200;
    }
}
