package dev.tact.channels.whatsapp;

import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.InboundMessage;
import dev.tact.core.engine.ConversationEngine;
import dev.tact.core.engine.TurnResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the messages of the inbox through the engine, after the webhook has acknowledged them. One customer's
 * messages go one at a time in WhatsApp's timestamp order (so a burst delivered out of order is answered in the
 * order it was written); different customers run in parallel. A failed message is retried with backoff and holds
 * back that customer's later ones; after the attempt limit it is set aside as failed. A message processed but not
 * yet marked done when the process stops is run again after the restart: the engine drops it as a duplicate (or
 * finishes its turn if the process stopped in the middle of it), and replies already in the outbox are not queued
 * twice.
 */
public final class InboxWorker extends PollingWorker {

    /** What the bot says to a photo, a voice note, a location, a sticker or a reaction. */
    public static final String TEXT_ONLY = "Thanks! I can only read text, so I can't see photos, voice notes,"
            + " locations or stickers. Please type your question, or ask for a person and one of our team will help.";

    private static final Logger LOG = LoggerFactory.getLogger(InboxWorker.class);
    private static final int ROUND = 500;
    private static final int MAX_ATTEMPTS = 10;

    private final WhatsAppInbox inbox;
    private final ConversationEngine engine;
    private final ConversationStore store;
    private final WhatsAppSender sender;
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
    private final Clock clock;

    public InboxWorker(WhatsAppInbox inbox, ConversationEngine engine, ConversationStore store, WhatsAppSender sender,
                       Clock clock, int threads, Duration pollInterval) {
        super("whatsapp-inbox", threads, pollInterval);
        this.inbox = inbox;
        this.engine = engine;
        this.store = store;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    List<Runnable> round() {
        Instant now = clock.instant();
        Map<String, List<WhatsAppInbox.Item>> byCustomer = new LinkedHashMap<>();
        for (WhatsAppInbox.Item item : inbox.pending(ROUND)) {
            byCustomer.computeIfAbsent(item.event().user().externalUserId(), key -> new ArrayList<>()).add(item);
        }
        List<Runnable> tasks = new ArrayList<>();
        for (List<WhatsAppInbox.Item> items : byCustomer.values()) {
            // the oldest message waits for a retry: the customer's later messages wait with it
            if (!items.get(0).nextAttemptAt().isAfter(now)) {
                tasks.add(() -> processInOrder(items));
            }
        }
        return tasks;
    }

    private void processInOrder(List<WhatsAppInbox.Item> items) {
        for (WhatsAppInbox.Item item : items) {
            try {
                process(item.event());
                inbox.done(item.id());
            } catch (RuntimeException e) {
                int attempts = item.attempts() + 1;
                String error = e.getClass().getSimpleName();
                if (attempts >= MAX_ATTEMPTS) {
                    LOG.error("whatsapp inbox message {} failed {} times; set aside", item.id(), attempts, e);
                    inbox.fail(item.id(), error);
                    continue;
                }
                LOG.warn("whatsapp inbox message {} failed (attempt {}); retrying", item.id(), attempts, e);
                inbox.retry(item.id(), attempts, clock.instant().plus(backoff.delay(attempts)), error);
                return;
            }
        }
    }

    private void process(InboundEvent event) {
        String customer = event.user().externalUserId();
        boolean botAnswers = store.findByExternalUser(Channel.WHATSAPP, customer)
                .map(conversation -> !conversation.state().humanOwned())
                .orElse(true);
        if (botAnswers) {
            sender.markReadAndTyping(event);
        }
        var inbound = new InboundMessage(Channel.WHATSAPP, customer, event.wamid(), event.text(), event.profileName(),
                event.sentAt());
        TurnResult turn = event.readable() ? engine.receive(inbound) : engine.receiveUnreadable(inbound, TEXT_ONLY);
        if (turn.duplicate()) {
            // a crash may have come between storing the replies and queueing them; the outbox keeps each once
            turn.replies().forEach(reply -> sender.send(turn.conversation(), reply));
        }
    }
}
