package dev.tact.core.conversation;

import dev.tact.core.TactException;

/** A conversation for the same channel user already exists. */
public class DuplicateConversationException extends TactException {

    public DuplicateConversationException(Channel channel, String externalUserId) {
        super("a conversation already exists for this " + channel.id() + " user");
    }
}
