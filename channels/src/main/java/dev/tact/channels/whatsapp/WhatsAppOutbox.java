package dev.tact.channels.whatsapp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The durable outbox of Graph API requests and the delivery statuses WhatsApp reports for them. Writes are durable
 * when a call returns.
 */
public interface WhatsAppOutbox {

    /** A stored request waiting to be sent. */
    record Item(long id, OutboxEntry entry, int attempts) {
        public Item {
            Objects.requireNonNull(entry, "entry must not be null");
        }
    }

    /** Stores the request unless one with the same key is there; true when it was new. */
    boolean enqueue(OutboxEntry entry);

    /** Stores a request that is refused before any try (e.g. outside the 24-hour window), as failed. */
    boolean refuse(OutboxEntry entry, String errorCode, String errorTitle);

    /**
     * Requests due at {@code now}, at most one per recipient: the oldest unsent one, and only when its next try is
     * due, so that a retrying message holds back the later ones to the same customer.
     */
    List<Item> due(Instant now, int limit);

    /** Requests not yet sent or failed, including those waiting for a retry. */
    int pendingCount();

    void sent(long id, int attempts, String wamid, Instant at);

    void retry(long id, int attempts, Instant next, String errorCode, String errorTitle);

    void failed(long id, int attempts, String errorCode, String errorTitle, Instant at);

    /** Records a status WhatsApp reported; an older or equal status than the stored one changes nothing. */
    void recordStatus(StatusEvent status);

    /** The request the Graph API gave this wamid, if it was one of ours. */
    java.util.Optional<OutboxEntry> sentAs(String wamid);

    /** The deliveries of a conversation's messages, oldest first. */
    List<Delivery> deliveries(String conversationId);
}
