package dev.tact.app.whatsapp;

import dev.tact.app.persistence.JdbcWhatsAppInbox;
import dev.tact.app.persistence.JdbcWhatsAppOutbox;
import dev.tact.app.persistence.OutboxRecords;
import dev.tact.channels.whatsapp.InboundEvent;
import dev.tact.channels.whatsapp.OutboxEntry;
import dev.tact.channels.whatsapp.StatusEvent;
import dev.tact.channels.whatsapp.WhatsAppInbox;
import dev.tact.channels.whatsapp.WhatsAppOutbox;
import dev.tact.channels.whatsapp.WhatsAppUser;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WhatsApp inbox and what the outbox tables show (the deliveries view) on a database; run against H2 and
 * PostgreSQL. The outbox queue's own contract is {@code WhatsAppOutboxContract} ({@code JdbcWhatsAppOutbox*Test}).
 */
abstract class WhatsAppStoresContract {

    static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    static final WhatsAppUser ADA = new WhatsAppUser("106540352242922", "16505550001");
    static final WhatsAppUser BOB = new WhatsAppUser("106540352242922", "16505550002");

    abstract DataSource dataSource();

    static InboundEvent event(WhatsAppUser user, String wamid, Instant at, String text) {
        return new InboundEvent(user, "Ada", wamid, "text", text, true, at);
    }

    static OutboxEntry entry(WhatsAppUser user, String key) {
        return new OutboxEntry(key, "c-" + user.waId(), key, user.phoneNumberId(), user.waId(), "text",
                "{\"to\": \"" + user.waId() + "\"}", T0);
    }

    @Test
    void inboxStoreSkipsRedeliveredWamids() {
        WhatsAppInbox inbox = new JdbcWhatsAppInbox(dataSource());
        assertThat(inbox.store(List.of(event(ADA, "wamid.1", T0, "hi"), event(ADA, "wamid.2", T0, "there")), T0))
                .isEqualTo(2);
        assertThat(inbox.store(List.of(event(ADA, "wamid.2", T0, "there"), event(ADA, "wamid.3", T0, "!")), T0))
                .isEqualTo(1);
        assertThat(inbox.pending(100)).extracting(item -> item.event().wamid())
                .containsExactly("wamid.1", "wamid.2", "wamid.3");
    }

    @Test
    void inboxPendingIsInWhatsAppsOrderAndForgetsDoneAndFailed() {
        WhatsAppInbox inbox = new JdbcWhatsAppInbox(dataSource());
        inbox.store(List.of(event(BOB, "wamid.late", T0.plusSeconds(9), "second"),
                event(BOB, "wamid.early", T0.plusSeconds(1), "first \uD83D\uDE00")), T0);
        List<WhatsAppInbox.Item> pending = inbox.pending(100);
        assertThat(pending).extracting(item -> item.event().text()).containsExactly("first \uD83D\uDE00", "second");
        assertThat(pending.get(0).event()).isEqualTo(event(BOB, "wamid.early", T0.plusSeconds(1), "first \uD83D\uDE00"));
        inbox.retry(pending.get(0).id(), 1, T0.plusSeconds(60), "StorageException");
        assertThat(inbox.pending(100).get(0).attempts()).isEqualTo(1);
        assertThat(inbox.pending(100).get(0).nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        inbox.done(pending.get(0).id());
        inbox.fail(pending.get(1).id(), "IllegalStateException");
        assertThat(inbox.pending(100)).isEmpty();
    }

    @Test
    void outboxKeepsOneRequestPerKeyAndOneDueRequestPerRecipient() {
        JdbcWhatsAppOutbox outbox = new JdbcWhatsAppOutbox(dataSource());
        assertThat(outbox.enqueue(entry(ADA, "message:a1"))).isTrue();
        assertThat(outbox.enqueue(entry(ADA, "message:a1"))).isFalse();
        outbox.enqueue(entry(ADA, "message:a2"));
        outbox.enqueue(entry(BOB, "message:b1"));
        List<WhatsAppOutbox.Item> due = outbox.due(T0, 10);
        assertThat(due).extracting(item -> item.entry().key()).containsExactly("message:a1", "message:b1");
        // a1 waits for a retry: a2 waits with it
        outbox.retry(due.get(0).id(), 1, T0.plusSeconds(30), "130429", "Rate limit hit");
        outbox.sent(due.get(1).id(), 1, "wamid.b1", T0);
        assertThat(outbox.due(T0, 10)).isEmpty();
        assertThat(outbox.due(T0.plusSeconds(30), 10)).extracting(item -> item.entry().key())
                .containsExactly("message:a1");
        outbox.failed(due.get(0).id(), 2, "131047", "Re-engagement message", T0.plusSeconds(30));
        assertThat(outbox.due(T0.plusSeconds(30), 10)).extracting(item -> item.entry().key())
                .containsExactly("message:a2");
        assertThat(new OutboxRecords(dataSource()).pendingCount()).isEqualTo(1);
        assertThat(new OutboxRecords(dataSource()).deliveries("c-" + ADA.waId())).extracting(d -> d.messageId(), d -> d.failed())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("message:a1", true),
                        org.assertj.core.groups.Tuple.tuple("message:a2", false));
        assertThat(new OutboxRecords(dataSource()).deliveries("c-" + ADA.waId()).get(0).errorCode()).contains("131047");
    }

    @Test
    void outboxStatusesNeverGoBackAndMayComeBeforeTheSendIsRecorded() {
        JdbcWhatsAppOutbox outbox = new JdbcWhatsAppOutbox(dataSource());
        outbox.recordStatus(new StatusEvent("wamid.s1", BOB.waId(), StatusEvent.Status.READ, T0.plusSeconds(2),
                Optional.empty(), Optional.empty()));
        outbox.recordStatus(new StatusEvent("wamid.s1", BOB.waId(), StatusEvent.Status.DELIVERED, T0.plusSeconds(1),
                Optional.empty(), Optional.empty()));
        outbox.enqueue(entry(BOB, "message:s1"));
        outbox.sent(outbox.due(T0, 10).get(0).id(), 1, "wamid.s1", T0);
        assertThat(outbox.sentAs("wamid.s1")).map(OutboxEntry::key).contains("message:s1");
        assertThat(outbox.sentAs("wamid.unknown")).isEmpty();
        assertThat(new OutboxRecords(dataSource()).deliveries("c-" + BOB.waId())).singleElement().satisfies(delivery -> {
            assertThat(delivery.state()).isEqualTo("sent");
            assertThat(delivery.status()).contains("read");
            assertThat(delivery.failed()).isFalse();
        });
        outbox.recordStatus(new StatusEvent("wamid.s1", BOB.waId(), StatusEvent.Status.FAILED, T0.plusSeconds(3),
                Optional.of("131026"), Optional.of("Message undeliverable")));
        assertThat(new OutboxRecords(dataSource()).deliveries("c-" + BOB.waId()).get(0).errorTitle()).contains("Message undeliverable");
    }

    @Test
    void inboxClaimsAreExclusiveUntilTheyRunOutOrTheRowIsFinished() {
        WhatsAppInbox inbox = new JdbcWhatsAppInbox(dataSource());
        inbox.store(List.of(event(ADA, "wamid.c1", T0, "hi")), T0);
        long message = inbox.pending(10).get(0).id();
        assertThat(inbox.claim(message, T0, T0.plusSeconds(60))).isTrue();
        assertThat(inbox.claim(message, T0.plusSeconds(1), T0.plusSeconds(61))).isFalse();
        assertThat(inbox.claim(message, T0.plusSeconds(60), T0.plusSeconds(120))).isTrue();
        inbox.retry(message, 1, T0, "IllegalStateException");
        assertThat(inbox.claim(message, T0.plusSeconds(61), T0.plusSeconds(121))).isTrue();
        inbox.done(message);
        assertThat(inbox.claim(message, T0.plusSeconds(500), T0.plusSeconds(560))).isFalse();

    }
}
