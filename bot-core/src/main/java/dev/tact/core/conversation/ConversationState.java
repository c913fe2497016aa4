package dev.tact.core.conversation;

import java.util.Locale;

/** Who owns a conversation right now. */
public enum ConversationState {
    /** The bot answers. */
    BOT,
    /** Waiting in the agent queue; the bot stays silent on the topic. */
    QUEUED,
    /** An agent holds the conversation. */
    AGENT,
    /** Finished; a new customer message reopens it with the bot. */
    CLOSED;

    /** True while a person owns the conversation and the bot must not answer. */
    public boolean humanOwned() {
        return this == QUEUED || this == AGENT;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationState fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
