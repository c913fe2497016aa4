package dev.tact.app.wiring;

import dev.tact.core.decision.HandoffReason;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;

import java.util.Locale;

/**
 * Counts what happens to conversations for Prometheus: {@code tact_messages_total{role}},
 * {@code tact_handoffs_total{reason}}, {@code tact_state_changes_total{to}} and
 * {@code tact_delivery_failures_total{code}} (messages a channel could not deliver). A state change is any
 * event after which the conversation has a new owner: the named handoff events and {@code conversation.reopened}.
 */
@Context
public class ConversationMetrics {

    private final MeterRegistry registry;
    private final EventBus.Subscription subscription;

    public ConversationMetrics(MeterRegistry registry, EventBus events) {
        this.registry = registry;
        this.subscription = events.subscribe(this::count);
    }

    private void count(ConversationEvent event) {
        if (event instanceof ConversationEvent.MessageAppended appended) {
            registry.counter("tact.messages", "role", appended.message().role().name().toLowerCase(Locale.ROOT))
                    .increment();
        } else if (event instanceof ConversationEvent.HandoffRequested requested) {
            for (HandoffReason reason : requested.request().reasons()) {
                registry.counter("tact.handoffs", "reason", reason.signal()).increment();
            }
        } else if (event instanceof ConversationEvent.OwnerChanged changed) {
            registry.counter("tact.state.changes", "to", changed.state().id()).increment();
        } else if (event instanceof ConversationEvent.DeliveryFailed failed) {
            registry.counter("tact.delivery.failures", "code", failed.code()).increment();
        }
    }

    @PreDestroy
    void stop() {
        subscription.close();
    }
}
