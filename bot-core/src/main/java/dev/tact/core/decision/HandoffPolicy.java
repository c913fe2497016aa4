package dev.tact.core.decision;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;

import java.util.List;

/** Decides whether the bot answers, asks again, or hands the conversation to a person. */
@FunctionalInterface
public interface HandoffPolicy {

    /**
     * @param conversation the conversation, owned by the bot
     * @param analysis     what the analyzers understood of the customer's message
     * @param history      the conversation's earlier messages, oldest first (the message itself excluded)
     */
    Decision decide(Conversation conversation, Analysis analysis, List<Message> history);
}
