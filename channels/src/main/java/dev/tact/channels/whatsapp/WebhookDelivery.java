package dev.tact.channels.whatsapp;

import java.util.List;

/**
 * What one webhook delivery carried that Tact acts on.
 *
 * @param messages customer messages to the configured number, in the order of the payload
 * @param statuses delivery statuses of messages Tact sent
 * @param ignored  how many entries were skipped: other objects, fields or numbers, unknown types, malformed parts
 */
public record WebhookDelivery(List<InboundEvent> messages, List<StatusEvent> statuses, int ignored) {

    public WebhookDelivery {
        messages = List.copyOf(messages);
        statuses = List.copyOf(statuses);
    }
}
