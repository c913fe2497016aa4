package dev.tact.core.channel;

import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The senders by channel, and the one place that hands a stored message to its conversation's channel (for the
 * engine and for agents' and system messages alike). A channel that is not {@linkplain Channel#pushed() pushed}
 * (the web chat) needs no sender: its customer reads the stored message from the history and the stream.
 */
public final class ChannelSenders {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelSenders.class);

    private final Map<Channel, OutboundSender> senders = new EnumMap<>(Channel.class);

    public ChannelSenders(List<OutboundSender> senders) {
        for (OutboundSender sender : senders) {
            if (this.senders.putIfAbsent(sender.channel(), sender) != null) {
                throw new IllegalArgumentException("two senders for channel " + sender.channel().id());
            }
        }
    }

    /**
     * Sends a stored message on its conversation's channel. Empty when there is nothing to send it with: a channel
     * read from history without a sender, or (logged) a pushed channel without one. A sender's exception is logged
     * and reported as {@link SendResult.Status#FAILED}; the message stays in the history either way.
     */
    public Optional<SendResult> send(Conversation conversation, Message message) {
        OutboundSender sender = senders.get(conversation.channel());
        if (sender == null) {
            if (conversation.channel().pushed()) {
                LOG.warn("no sender for channel {}; message {} stays in history", conversation.channel().id(),
                        message.id());
            }
            return Optional.empty();
        }
        SendResult result;
        try {
            result = sender.send(conversation, message);
        } catch (RuntimeException e) {
            LOG.error("sending message {} to conversation {} failed; it stays in history", message.id(),
                    conversation.id(), e);
            return Optional.of(SendResult.failed(e.getClass().getSimpleName()));
        }
        if (result.status() == SendResult.Status.FAILED) {
            LOG.warn("message {} to conversation {}: {} ({})", message.id(), conversation.id(), result.status(),
                    result.detail());
        }
        return Optional.of(result);
    }

    /** The channel's own check before an agent's free text is stored (see {@link OutboundSender}); none without one. */
    public void requireFreeTextAllowed(Conversation conversation) {
        OutboundSender sender = senders.get(conversation.channel());
        if (sender != null) {
            sender.requireFreeTextAllowed(conversation);
        }
    }
}
