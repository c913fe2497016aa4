package dev.tact.core.event;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Delivers events synchronously to the listeners of this process. A failing listener is logged and does not
 * stop the others nor the publisher.
 */
public final class InProcessEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);

    private final List<Consumer<ConversationEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ConversationEvent event) {
        for (Consumer<ConversationEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("event listener failed on {} of conversation {}", event.type(), event.conversationId(), e);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<ConversationEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
