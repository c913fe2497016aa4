package dev.tact.channels.whatsapp;

import dev.tact.channels.error.ServiceWindowClosedException;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * WhatsApp's customer-service window: free text may be sent to a customer only within 24 hours (configurable for
 * tests) of their last message, measured from WhatsApp's own timestamp of it; outside, only a template. Other
 * channels have no window.
 *
 * <p>For the agent console: call {@link #requireOpen(Conversation)} before storing an agent's free text, so that
 * the agent gets a clear 409 instead of a message that never arrives. The {@link WhatsAppSender} checks again and
 * records a refused message as failed, so nothing is dropped silently.
 */
public final class CustomerServiceWindow {

    /** Where a conversation stands. */
    public record State(boolean open, Optional<Instant> lastCustomerMessage, Optional<Instant> closesAt) {
        public State {
            Objects.requireNonNull(lastCustomerMessage, "lastCustomerMessage must not be null");
            Objects.requireNonNull(closesAt, "closesAt must not be null");
        }
    }

    private final ConversationStore store;
    private final Clock clock;
    private final Duration length;
    private final boolean templateConfigured;

    public CustomerServiceWindow(ConversationStore store, Clock clock, WhatsAppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.length = settings.serviceWindow();
        this.templateConfigured = settings.hasTemplate();
    }

    public State check(Conversation conversation) {
        if (conversation.channel() != Channel.WHATSAPP) {
            return new State(true, Optional.empty(), Optional.empty());
        }
        Optional<Instant> last = store.messages(conversation.id()).stream()
                .filter(Message::fromCustomer)
                .map(Message::at)
                .max(Instant::compareTo);
        Optional<Instant> closes = last.map(at -> at.plus(length));
        return new State(closes.filter(at -> clock.instant().isBefore(at)).isPresent(), last, closes);
    }

    /** Throws {@link ServiceWindowClosedException} when free text may not be sent to this customer now. */
    public void requireOpen(Conversation conversation) {
        State state = check(conversation);
        if (!state.open()) {
            throw new ServiceWindowClosedException(state.lastCustomerMessage().orElse(Instant.EPOCH),
                    templateConfigured);
        }
    }
}
