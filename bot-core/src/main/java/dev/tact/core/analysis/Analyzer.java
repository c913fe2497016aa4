package dev.tact.core.analysis;

import dev.tact.core.conversation.Message;

import java.util.List;

/** Understands one customer message in the light of the conversation so far. */
@FunctionalInterface
public interface Analyzer {

    /**
     * @param text    the customer's message
     * @param history the conversation's earlier messages, oldest first (the message itself excluded)
     */
    Analysis analyze(String text, List<Message> history);
}
