package dev.tact.channels.whatsapp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The outbox and the delivery statuses in memory, for the channel's tests. */
final class InMemoryWhatsAppOutbox implements WhatsAppOutbox, DeliveryStatuses {

    /** One stored request and how it stands; {@code state} is {@code pending}, {@code sent} or {@code failed}. */
    record Row(long id, OutboxEntry entry, String state, int attempts, Instant nextAttemptAt, Instant claimedUntil,
               String wamid, String errorCode) {

        Row with(String newState, int newAttempts, Instant next, String newWamid, String code) {
            return new Row(id, entry, newState, newAttempts, next, null, newWamid, code);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, StatusEvent> statuses = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean enqueue(OutboxEntry entry) {
        return insert(entry, "pending", "");
    }

    @Override
    public synchronized boolean refuse(OutboxEntry entry, String errorCode, String errorTitle) {
        return insert(entry, "failed", errorCode);
    }

    private boolean insert(OutboxEntry entry, String state, String errorCode) {
        if (rows.stream().anyMatch(row -> row.entry().key().equals(entry.key()))) {
            return false;
        }
        rows.add(new Row(rows.size() + 1, entry, state, 0, entry.createdAt(), null, "", errorCode));
        return true;
    }

    @Override
    public synchronized List<Item> due(Instant now, int limit) {
        List<Item> due = new ArrayList<>();
        Set<String> recipients = new HashSet<>();
        for (Row row : rows) {
            if (!row.state().equals("pending")) {
                continue;
            }
            boolean first = recipients.add(row.entry().phoneNumberId() + ':' + row.entry().recipient());
            boolean claimed = row.claimedUntil() != null && row.claimedUntil().isAfter(now);
            if (first && !row.nextAttemptAt().isAfter(now) && !claimed && due.size() < limit) {
                due.add(new Item(row.id(), row.entry(), row.attempts()));
            }
        }
        return due;
    }

    @Override
    public synchronized boolean claim(long id, Instant now, Instant until) {
        Row row = row(id);
        if (!row.state().equals("pending") || row.claimedUntil() != null && row.claimedUntil().isAfter(now)) {
            return false;
        }
        replace(new Row(id, row.entry(), row.state(), row.attempts(), row.nextAttemptAt(), until, row.wamid(),
                row.errorCode()));
        return true;
    }

    @Override
    public synchronized void sent(long id, int attempts, String wamid, Instant at) {
        Row row = row(id);
        replace(row.with("sent", attempts, row.nextAttemptAt(), wamid, ""));
    }

    @Override
    public synchronized void retry(long id, int attempts, Instant next, String errorCode, String errorTitle) {
        Row row = row(id);
        replace(row.with(row.state(), attempts, next, row.wamid(), errorCode));
    }

    @Override
    public synchronized void failed(long id, int attempts, String errorCode, String errorTitle, Instant at) {
        Row row = row(id);
        replace(row.with("failed", attempts, row.nextAttemptAt(), row.wamid(), errorCode));
    }

    @Override
    public void recordStatus(StatusEvent status) {
        statuses.merge(status.wamid(), status,
                (old, next) -> next.status().rank() > old.status().rank() ? next : old);
    }

    @Override
    public synchronized Optional<OutboxEntry> sentAs(String wamid) {
        return rows.stream().filter(row -> row.wamid().equals(wamid) && !wamid.isEmpty()).map(Row::entry)
                .findFirst();
    }

    /** Every stored request, oldest first. */
    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The last status WhatsApp reported for a wamid. */
    Optional<StatusEvent> status(String wamid) {
        return Optional.ofNullable(statuses.get(wamid));
    }

    private Row row(long id) {
        return rows.get((int) id - 1);
    }

    private void replace(Row row) {
        rows.set((int) row.id() - 1, row);
    }
}
