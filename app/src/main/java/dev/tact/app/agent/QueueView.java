package dev.tact.app.agent;

import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.handoff.queue.AgentDirectory;
import dev.tact.handoff.queue.AgentQueue;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** The queue as one agent sees it: their teams' waiting conversations, most urgent first, with a preview. */
@Singleton
public class QueueView {

    private static final int PREVIEW = 140;

    private final AgentQueue queue;
    private final AgentDirectory agents;
    private final ConversationStore conversations;

    public QueueView(AgentQueue queue, AgentDirectory agents, ConversationStore conversations) {
        this.queue = queue;
        this.agents = agents;
        this.conversations = conversations;
    }

    public List<AgentApi.QueueItem> forAgent(String username) {
        Set<String> teams = agents.find(username).map(agent -> agent.teams()).orElse(Set.of());
        return queue.entries(teams).stream()
                .filter(entry -> entry.handoff().assignedTo().isEmpty()
                        || entry.handoff().assignedTo().equals(username))
                .map(entry -> AgentApi.QueueItem.of(entry, preview(entry.handoff().conversationId())))
                .toList();
    }

    private String preview(String conversationId) {
        String last = conversations.messages(conversationId).stream().filter(Message::fromCustomer)
                .map(Message::text).reduce((first, second) -> second).orElse("");
        return last.length() <= PREVIEW ? last : last.substring(0, PREVIEW - 1) + "…";
    }
}
