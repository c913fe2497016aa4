package dev.tact.core.conversation;

import java.util.Locale;

/** What a message is for, beyond who wrote it. */
public enum MessageKind {
    /** Free text from the customer or an agent. */
    TEXT,
    /** The bot answered a recognised intent. */
    ANSWER,
    /** The message was too vague to act on: the bot asked one specific question, with the likeliest topics. */
    CLARIFY,
    /** The request was off-topic: the bot said what it helps with and offered a person. */
    DECLINE,
    /** The customer was told a person will help. */
    HANDOFF,
    /** A note about the customer's place in the queue. */
    QUEUE_UPDATE,
    /** The satisfaction question asked when an agent resolves the conversation (answered 1-5). */
    SURVEY,
    /**
     * A customer message the bot cannot read (a photo, a voice note, a location…), kept as a typed placeholder
     * for the agent; its text names the kind and the channel's media id.
     */
    ATTACHMENT,
    /** The bot told the customer something about the channel itself, e.g. that it reads text only. */
    NOTICE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MessageKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
