package dev.tact.core.analysis;

import dev.tact.core.conversation.Message;

import java.util.List;

/**
 * One detector of an analysis pipeline (emotion, sensitive situations, ambiguity, conversation signals): it reads
 * the message, the conversation so far and what earlier steps found, and adds its own figures.
 */
@FunctionalInterface
public interface Detector {

    /**
     * @param text     the customer's message
     * @param history  the conversation before this message, oldest first
     * @param analysis what the earlier steps found
     * @return {@code analysis} with this detector's signals (and emotions) added
     */
    Analysis detect(String text, List<Message> history, Analysis analysis);
}
