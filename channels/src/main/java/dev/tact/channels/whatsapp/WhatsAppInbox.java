package dev.tact.channels.whatsapp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The durable inbox of WhatsApp customer messages: the webhook stores a delivery here and answers Meta; the
 * {@link InboxWorker} then runs each message through the engine. Writes are durable when a call returns.
 */
public interface WhatsAppInbox {

    /** A stored message waiting to be (or being) processed. */
    record Item(long id, InboundEvent event, int attempts, Instant nextAttemptAt) {
        public Item {
            Objects.requireNonNull(event, "event must not be null");
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt must not be null");
        }
    }

    /**
     * Stores the messages in one transaction; a message whose (phone number, wamid) is already there is skipped.
     *
     * @return how many were new
     */
    int store(List<InboundEvent> events, Instant receivedAt);

    /** Messages not yet processed, oldest WhatsApp timestamp first (then arrival), at most {@code limit}. */
    List<Item> pending(int limit);

    /** The message went through the engine. */
    void done(long id);

    /** Processing failed; try again at {@code next}. */
    void retry(long id, int attempts, Instant next, String error);

    /** Processing failed for good; the row stays for an operator to look at. */
    void fail(long id, String error);
}
