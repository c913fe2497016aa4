package dev.tact.channels.whatsapp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The durable queue of Graph API requests: the {@link WhatsAppSender} puts requests in, the {@link OutboxWorker}s
 * take them out and record how each try went. Writes are durable when a call returns. What WhatsApp later reports
 * about a sent request is in {@link DeliveryStatuses}.
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
     * due and no node's claim on it runs, so that a retrying message holds back the later ones to the same customer.
     */
    List<Item> due(Instant now, int limit);

    /**
     * Takes a pending request for this node until {@code until}; false when it is sent, failed, or another node's
     * claim on it has not run out. Sent, retry and failed end the claim.
     */
    boolean claim(long id, Instant now, Instant until);

    void sent(long id, int attempts, String wamid, Instant at);

    void retry(long id, int attempts, Instant next, String errorCode, String errorTitle);

    void failed(long id, int attempts, String errorCode, String errorTitle, Instant at);
}
