package dev.tact.core.conversation;

import dev.tact.core.TactException;

/** No conversation has the given id. */
public class ConversationNotFoundException extends TactException {

    private final String conversationId;

    public ConversationNotFoundException(String conversationId) {
        super("no conversation " + conversationId);
        this.conversationId = conversationId;
    }

    public String conversationId() {
        return conversationId;
    }
}
