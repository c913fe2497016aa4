package dev.tact.core.event;

import java.util.function.Consumer;

/** Delivers conversation events to whoever listens: in-process by default, across nodes when configured. */
public interface EventBus {

    void publish(ConversationEvent event);

    /** Registers a listener until the returned subscription is closed. */
    Subscription subscribe(Consumer<ConversationEvent> listener);

    /** A registration that {@link #close()} ends. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
