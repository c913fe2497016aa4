package dev.tact.handoff.queue;

import dev.tact.core.channel.ChannelSenders;
import dev.tact.core.channel.OutboundSender;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Writes to a customer on behalf of an agent or the system: stores the message first, publishes it, then sends
 * it on the customer's own channel through the same {@link ChannelSenders} the engine uses.
 */
public final class CustomerMessenger {

    private final ConversationStore store;
    private final EventBus events;
    private final ChannelSenders senders;
    private final Clock clock;

    public CustomerMessenger(ConversationStore store, EventBus events, List<OutboundSender> senders, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.senders = new ChannelSenders(senders);
    }

    /**
     * Stores, publishes and sends; the stored message is returned whatever the channel said. An agent's text that
     * the channel will not take now (WhatsApp outside its 24-hour window) is refused before anything is stored, with
     * the channel's exception.
     */
    public Message say(Conversation conversation, Role role, MessageKind kind, String text) {
        if (role == Role.AGENT) {
            senders.requireFreeTextAllowed(conversation);
        }
        Message message = store.append(new Message(UUID.randomUUID().toString(), conversation.id(), 0, role, kind,
                        text, "", "", clock.instant()))
                .orElseThrow(() -> new IllegalStateException("a message without external id cannot be a duplicate"));
        events.publish(new ConversationEvent.MessageAppended(message));
        senders.send(conversation, message);
        return message;
    }
}
