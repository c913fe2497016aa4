package dev.tact.handoff.queue;

import dev.tact.core.channel.OutboundSender;
import dev.tact.core.channel.SendResult;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes to a customer on behalf of an agent or the system: stores the message first, publishes it, then sends
 * it on the customer's own channel through the same {@link OutboundSender} port the engine uses.
 */
public final class CustomerMessenger {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerMessenger.class);

    private final ConversationStore store;
    private final EventBus events;
    private final Map<Channel, OutboundSender> senders = new EnumMap<>(Channel.class);
    private final Clock clock;

    public CustomerMessenger(ConversationStore store, EventBus events, List<OutboundSender> senders, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
    }

    /**
     * Stores, publishes and sends; the stored message is returned whatever the channel said. An agent's text that
     * the channel will not take now (WhatsApp outside its 24-hour window) is refused before anything is stored, with
     * the channel's exception.
     */
    public Message say(Conversation conversation, Role role, MessageKind kind, String text) {
        OutboundSender channel = senders.get(conversation.channel());
        if (role == Role.AGENT && channel != null) {
            channel.requireFreeTextAllowed(conversation);
        }
        Message message = store.append(new Message(UUID.randomUUID().toString(), conversation.id(), 0, role, kind,
                        text, "", "", clock.instant()))
                .orElseThrow(() -> new IllegalStateException("a message without external id cannot be a duplicate"));
        events.publish(new ConversationEvent.MessageAppended(message));
        OutboundSender sender = senders.get(conversation.channel());
        if (sender == null) {
            LOG.warn("no sender for channel {}; message {} stays in history", conversation.channel().id(),
                    message.id());
            return message;
        }
        try {
            SendResult result = sender.send(conversation, message);
            if (result.status() != SendResult.Status.DELIVERED) {
                LOG.warn("message {} to conversation {}: {} ({})", message.id(), conversation.id(), result.status(),
                        result.detail());
            }
        } catch (RuntimeException e) {
            LOG.error("sending message {} to conversation {} failed; it stays in history", message.id(),
                    conversation.id(), e);
        }
        return message;
    }
}
