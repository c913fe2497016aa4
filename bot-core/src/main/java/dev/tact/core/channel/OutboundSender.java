package dev.tact.core.channel;

import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;

/** Sends a stored bot, agent or system message to the customer on one channel. */
public interface OutboundSender {

    Channel channel();

    /** Sends the message; the message is already stored, so a failure loses nothing. */
    SendResult send(Conversation conversation, Message message);
}
