package dev.tact.channels.whatsapp;

import java.util.Optional;

/**
 * The delivery statuses WhatsApp reports for the requests the outbox sent ({@code sent}, {@code delivered},
 * {@code read}, {@code failed}): the webhook records them and finds the conversation message a status is about.
 */
public interface DeliveryStatuses {

    /** Records a status WhatsApp reported; an older or equal status than the stored one changes nothing. */
    void recordStatus(StatusEvent status);

    /** The request the Graph API gave this wamid, if it was one of ours. */
    Optional<OutboxEntry> sentAs(String wamid);
}
