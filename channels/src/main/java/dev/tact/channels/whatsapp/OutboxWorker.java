package dev.tact.channels.whatsapp;

import dev.tact.core.event.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends what the outbox holds: at most one request per customer at a time and in the order stored, at the
 * configured rate per phone number. Network errors, 429, 5xx and the rate-limit codes are retried with
 * exponential backoff and jitter up to the attempt limit; anything else is recorded as failed with WhatsApp's code
 * and title. A request survives a restart in the outbox; one interrupted after the Graph API took it but before the
 * answer was stored is sent again (at least once). With several nodes on one database each request is claimed by
 * one node before it is sent; a claim runs out after a minute, so a dead node's request is taken over.
 */
public final class OutboxWorker extends PollingWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    /** A read receipt that could not go out at once is not worth holding the answer back for. */
    private static final int READ_RECEIPT_ATTEMPTS = 2;
    private static final int ROUND = 32;
    /** Longer than one request can take: the rate limiter's wait plus the Graph API's timeout. */
    private static final Duration CLAIM = Duration.ofMinutes(1);

    private final WhatsAppOutbox outbox;
    private final GraphApi graph;
    private final SendRateLimiter limiter;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Clock clock;
    private final EventBus events;

    public OutboxWorker(WhatsAppOutbox outbox, GraphApi graph, WhatsAppSettings settings, Clock clock, EventBus events,
                        int threads, Duration pollInterval) {
        super("whatsapp-outbox", threads, pollInterval);
        this.outbox = outbox;
        this.events = events;
        this.graph = graph;
        this.limiter = new SendRateLimiter(settings.sendRatePerSecond());
        this.backoff = new Backoff(settings.firstRetry(), settings.maxRetry());
        this.maxAttempts = settings.maxAttempts();
        this.clock = clock;
    }

    @Override
    List<Task> due() {
        return outbox.due(clock.instant(), ROUND).stream()
                .map(item -> new Task(item.entry().phoneNumberId() + ':' + item.entry().recipient(), () -> send(item)))
                .toList();
    }

    private void send(WhatsAppOutbox.Item item) {
        OutboxEntry entry = item.entry();
        Instant claimed = clock.instant();
        if (!outbox.claim(item.id(), claimed, claimed.plus(CLAIM))) {
            return;
        }
        try {
            limiter.acquire(entry.phoneNumberId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        GraphResult result = graph.post(entry.phoneNumberId(), entry.payload());
        int attempts = item.attempts() + 1;
        Instant now = clock.instant();
        int limit = entry.readReceipt() ? Math.min(READ_RECEIPT_ATTEMPTS, maxAttempts) : maxAttempts;
        switch (result.outcome()) {
            case SENT -> outbox.sent(item.id(), attempts, result.wamid().orElse(""), now);
            case RETRY -> {
                if (attempts >= limit) {
                    LOG.warn("whatsapp {} {} of conversation {} failed after {} attempts: {}", entry.kind(), item.id(),
                            entry.conversationId(), attempts, result.errorCode());
                    failed(item, attempts, result.errorCode(),
                            "gave up after " + attempts + " attempts: " + result.errorTitle(), now);
                } else {
                    outbox.retry(item.id(), attempts, now.plus(backoff.delay(attempts)), result.errorCode(),
                            result.errorTitle());
                }
            }
            case FAILED -> {
                LOG.warn("whatsapp {} {} of conversation {} refused: {} {}", entry.kind(), item.id(),
                        entry.conversationId(), result.errorCode(), result.errorTitle());
                failed(item, attempts, result.errorCode(), result.errorTitle(), now);
            }
        }
    }

    /** Records the failure; a conversation message's failure goes on the event bus for the agent console. */
    private void failed(WhatsAppOutbox.Item item, int attempts, String code, String title, Instant now) {
        outbox.failed(item.id(), attempts, code, title, now);
        if (!item.entry().messageId().isEmpty()) {
            DeliveryFailures.report(events, item.entry().conversationId(), item.entry().messageId(), code, title,
                    now);
        }
    }
}
