package dev.tact.core.channel;

import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;

/** Sends a stored bot, agent or system message to the customer on one channel. */
public interface OutboundSender {

    Channel channel();

    /** Sends the message; the message is already stored, so a failure loses nothing. */
    SendResult send(Conversation conversation, Message message);

    /**
     * Throws an unchecked exception saying why, when the channel will not take free text for this conversation now
     * (WhatsApp more than 24 hours after the customer's last message). Whoever stores an agent's message calls it
     * first, so the agent is told instead of the message failing later. Nothing by default.
     */
    default void requireFreeTextAllowed(Conversation conversation) {
    }
}
