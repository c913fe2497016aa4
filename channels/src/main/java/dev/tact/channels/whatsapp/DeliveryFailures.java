package dev.tact.channels.whatsapp;

import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;

import java.time.Instant;
import java.util.Set;

/**
 * The one place that publishes {@code message.delivery_failed} for WhatsApp, whichever part found the failure
 * (the sender refusing free text outside the 24-hour window, the outbox giving up, a {@code failed} status from the
 * webhook), and the one place that says what the agent can do about it: a closed customer-service window means
 * only an approved template reaches the customer now.
 */
public final class DeliveryFailures {

    /** WhatsApp's error for free text sent more than 24 hours after the customer last wrote. */
    static final String REENGAGEMENT_REQUIRED = "131047";

    private static final Set<String> WINDOW_CODES = Set.of(WhatsAppSender.WINDOW_CLOSED, REENGAGEMENT_REQUIRED);

    private DeliveryFailures() {
    }

    /** Publishes that a stored message will not reach the customer, with the action the agent can take. */
    public static void report(EventBus events, String conversationId, String messageId, String code, String detail,
                              Instant at) {
        events.publish(new ConversationEvent.DeliveryFailed(conversationId, messageId, code, detail, actionFor(code),
                at));
    }

    /** {@link ConversationEvent.DeliveryFailed#TEMPLATE_REQUIRED} for a closed window, else empty. */
    public static String actionFor(String code) {
        return WINDOW_CODES.contains(code) ? ConversationEvent.DeliveryFailed.TEMPLATE_REQUIRED : "";
    }
}
