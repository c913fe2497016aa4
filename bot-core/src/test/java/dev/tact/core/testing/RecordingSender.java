package dev.tact.core.testing;

import dev.tact.core.channel.OutboundSender;
import dev.tact.core.channel.SendResult;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;

import java.util.ArrayList;
import java.util.List;

/** An outbound sender for tests that records what it was asked to send; its channel takes every message. */
public final class RecordingSender implements OutboundSender {

    private final Channel channel;
    private final List<Message> sent = new ArrayList<>();

    public RecordingSender(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public synchronized SendResult send(Conversation conversation, Message message) {
        sent.add(message);
        return SendResult.sent("recorded");
    }

    public synchronized List<Message> sent() {
        return List.copyOf(sent);
    }
}
