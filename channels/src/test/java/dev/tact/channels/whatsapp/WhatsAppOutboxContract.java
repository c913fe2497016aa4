package dev.tact.channels.whatsapp;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link WhatsAppOutbox} (and the {@link DeliveryStatuses} beside it) promises, run against each
 * implementation: in memory here, on H2 and PostgreSQL in {@code app}. Ships in this module's test jar.
 */
public abstract class WhatsAppOutboxContract {

    protected static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    private static final String PHONE = "106540352242922";
    private static final String ADA = "16505550001";
    private static final String BOB = "16505550002";

    /** A fresh, empty outbox. */
    protected abstract WhatsAppOutbox outbox();

    /** The delivery statuses of the same store as {@link #outbox()}: by default the outbox itself implements both. */
    protected DeliveryStatuses statuses() {
        return (DeliveryStatuses) outbox();
    }

    private static OutboxEntry entry(String to, String key) {
        return new OutboxEntry(key, "c-" + to, key, PHONE, to, "text", "{\"to\": \"" + to + "\"}", T0);
    }

    private static List<String> keys(List<WhatsAppOutbox.Item> items) {
        return items.stream().map(item -> item.entry().key()).toList();
    }

    @Test
    void enqueueKeepsOneRequestPerKey() {
        assertThat(outbox().enqueue(entry(ADA, "message:a1"))).isTrue();
        assertThat(outbox().enqueue(entry(ADA, "message:a1"))).isFalse();
        assertThat(keys(outbox().due(T0, 10))).containsExactly("message:a1");
    }

    @Test
    void dueGivesTheOldestRequestOfEachRecipientInOrder() {
        outbox().enqueue(entry(ADA, "message:a1"));
        outbox().enqueue(entry(ADA, "message:a2"));
        outbox().enqueue(entry(BOB, "message:b1"));
        List<WhatsAppOutbox.Item> due = outbox().due(T0, 10);
        assertThat(keys(due)).containsExactly("message:a1", "message:b1");
        assertThat(due.get(0).entry()).isEqualTo(entry(ADA, "message:a1"));
        assertThat(due.get(0).attempts()).isZero();
        assertThat(outbox().due(T0, 1)).hasSize(1);
        outbox().sent(due.get(0).id(), 1, "wamid.a1", T0);
        assertThat(keys(outbox().due(T0, 10))).containsExactly("message:a2", "message:b1");
    }

    @Test
    void retryHoldsTheRecipientBackUntilItsNextTry() {
        outbox().enqueue(entry(ADA, "message:a1"));
        outbox().enqueue(entry(ADA, "message:a2"));
        outbox().enqueue(entry(BOB, "message:b1"));
        long first = outbox().due(T0, 10).get(0).id();
        outbox().retry(first, 1, T0.plusSeconds(30), "130429", "Rate limit hit");
        assertThat(keys(outbox().due(T0, 10))).containsExactly("message:b1");
        List<WhatsAppOutbox.Item> later = outbox().due(T0.plusSeconds(30), 10);
        assertThat(keys(later)).containsExactly("message:a1", "message:b1");
        assertThat(later.get(0).attempts()).isEqualTo(1);
    }

    @Test
    void failedEndsARequestAndFreesItsRecipient() {
        outbox().enqueue(entry(ADA, "message:a1"));
        outbox().enqueue(entry(ADA, "message:a2"));
        outbox().failed(outbox().due(T0, 10).get(0).id(), 2, "131047", "Re-engagement message", T0);
        assertThat(keys(outbox().due(T0, 10))).containsExactly("message:a2");
    }

    @Test
    void claimIsOneNodesUntilItRunsOutOrTheRequestIsDone() {
        outbox().enqueue(entry(ADA, "message:c1"));
        long request = outbox().due(T0, 10).get(0).id();
        assertThat(outbox().claim(request, T0, T0.plusSeconds(60))).isTrue();
        assertThat(outbox().claim(request, T0.plusSeconds(1), T0.plusSeconds(61))).isFalse();
        assertThat(outbox().due(T0.plusSeconds(1), 10)).isEmpty();
        assertThat(outbox().due(T0.plusSeconds(60), 10)).hasSize(1);
        assertThat(outbox().claim(request, T0.plusSeconds(60), T0.plusSeconds(120))).isTrue();
        outbox().sent(request, 1, "wamid.c1", T0.plusSeconds(61));
        assertThat(outbox().claim(request, T0.plusSeconds(200), T0.plusSeconds(260))).isFalse();
    }

    @Test
    void refuseStoresAFailedRequestOnceThatIsNeverDue() {
        assertThat(outbox().refuse(entry(ADA, "message:r1"), "window_closed", "outside the window")).isTrue();
        assertThat(outbox().refuse(entry(ADA, "message:r1"), "window_closed", "outside the window")).isFalse();
        assertThat(outbox().enqueue(entry(ADA, "message:r1"))).isFalse();
        assertThat(outbox().due(T0, 10)).isEmpty();
    }

    @Test
    void sentAsFindsTheRequestByTheIdWhatsAppGaveIt() {
        outbox().enqueue(entry(BOB, "message:s1"));
        outbox().sent(outbox().due(T0, 10).get(0).id(), 1, "wamid.s1", T0);
        statuses().recordStatus(new StatusEvent("wamid.s1", BOB, StatusEvent.Status.DELIVERED, T0.plusSeconds(1),
                java.util.Optional.empty(), java.util.Optional.empty()));
        assertThat(statuses().sentAs("wamid.s1")).contains(entry(BOB, "message:s1"));
        assertThat(statuses().sentAs("wamid.unknown")).isEmpty();
    }
}
