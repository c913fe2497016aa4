package dev.tact.channels.web;

import dev.tact.core.channel.OutboundSender;
import dev.tact.core.channel.SendResult;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;
import jakarta.inject.Singleton;

/**
 * The web chat has no address to push to: a stored message reaches the customer in the HTTP reply, on the
 * WebSocket stream (which follows the event bus, see {@link WebChatStream}) and in the history. So sending only
 * confirms that the message is there for the customer to read.
 */
@Singleton
public class WebChatSender implements OutboundSender {

    @Override
    public Channel channel() {
        return Channel.WEB;
    }

    @Override
    public SendResult send(Conversation conversation, Message message) {
        return SendResult.delivered("stored; read over the API and the stream");
    }
}
