package dev.tact.channels.error;

import java.time.Instant;

/**
 * WhatsApp lets a business send free text only within 24 hours of the customer's last message; after that only an
 * approved template (answered with 409, so the console can say so and offer the template).
 */
public class ServiceWindowClosedException extends ChannelException {

    public ServiceWindowClosedException(Instant lastCustomerMessage, boolean templateConfigured) {
        super("whatsapp_window_closed", "The customer last wrote at " + lastCustomerMessage
                + ", more than 24 hours ago: WhatsApp does not allow free text now. "
                + (templateConfigured
                        ? "Send the re-engagement template instead; the conversation goes on when the customer answers."
                        : "Only an approved template may be sent, and none is configured (TACT_WHATSAPP_TEMPLATE_NAME)."));
    }
}
