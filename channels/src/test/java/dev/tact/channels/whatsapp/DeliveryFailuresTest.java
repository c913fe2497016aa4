package dev.tact.channels.whatsapp;

import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.InProcessEventBus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryFailuresTest {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void reportPublishesOnceWithTheTemplateActionForAClosedWindow() {
        var events = new InProcessEventBus();
        List<ConversationEvent> published = new ArrayList<>();
        events.subscribe(published::add);
        DeliveryFailures.report(events, "c-1", "m-1", "131047", "Re-engagement message", AT);
        DeliveryFailures.report(events, "c-1", "m-2", WhatsAppSender.WINDOW_CLOSED, "window closed", AT);
        DeliveryFailures.report(events, "c-1", "m-3", "131026", "Message undeliverable", AT);
        assertThat(published).containsExactly(
                new ConversationEvent.DeliveryFailed("c-1", "m-1", "131047", "Re-engagement message",
                        ConversationEvent.DeliveryFailed.TEMPLATE_REQUIRED, AT),
                new ConversationEvent.DeliveryFailed("c-1", "m-2", WhatsAppSender.WINDOW_CLOSED, "window closed",
                        ConversationEvent.DeliveryFailed.TEMPLATE_REQUIRED, AT),
                new ConversationEvent.DeliveryFailed("c-1", "m-3", "131026", "Message undeliverable", "", AT));
    }
}
