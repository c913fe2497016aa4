package dev.tact.app.persistence;

import dev.tact.channels.whatsapp.DeliveryFailures;
import dev.tact.channels.whatsapp.DeliveryStatuses;
import dev.tact.channels.whatsapp.OutboxEntry;
import dev.tact.channels.whatsapp.StatusEvent;
import dev.tact.channels.whatsapp.WhatsAppOutbox;
import dev.tact.handoff.context.DeliveryFailure;
import dev.tact.handoff.context.FailedDeliveries;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WhatsApp outbox, the delivery statuses of what it sent, and the messages that did not reach the customer (for
 * the agent console), in the database.
 */
public final class JdbcWhatsAppOutbox implements WhatsAppOutbox, DeliveryStatuses, FailedDeliveries {

    private static final String ENTRY_COLUMNS = "id, request_key, conversation_id, message_id, phone_number_id,"
            + " recipient, kind, payload, attempts, created_at";

    private final Jdbc jdbc;

    public JdbcWhatsAppOutbox(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean enqueue(OutboxEntry entry) {
        return insert(entry, "pending", null, null);
    }

    @Override
    public boolean refuse(OutboxEntry entry, String errorCode, String errorTitle) {
        return insert(entry, "failed", errorCode, errorTitle);
    }

    private boolean insert(OutboxEntry entry, String state, String errorCode, String errorTitle) {
        return jdbc.update("INSERT INTO whatsapp_outbox (request_key, conversation_id, message_id, phone_number_id,"
                + " recipient, kind, payload, state, attempts, next_attempt_at, error_code, error_title, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", statement -> {
                    statement.setString(1, entry.key());
                    statement.setString(2, entry.conversationId());
                    statement.setString(3, entry.messageId());
                    statement.setString(4, entry.phoneNumberId());
                    statement.setString(5, entry.recipient());
                    statement.setString(6, entry.kind());
                    statement.setString(7, entry.payload());
                    statement.setString(8, state);
                    Jdbc.setInstant(statement, 9, entry.createdAt());
                    statement.setString(10, errorCode);
                    statement.setString(11, cut(errorTitle));
                    Jdbc.setInstant(statement, 12, entry.createdAt());
                    Jdbc.setInstant(statement, 13, entry.createdAt());
                }) == 1;
    }

    @Override
    public List<Item> due(Instant now, int limit) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM whatsapp_outbox o WHERE o.state = 'pending'"
                        + " AND o.next_attempt_at <= ? AND (o.claimed_until IS NULL OR o.claimed_until <= ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM whatsapp_outbox e"
                        + " WHERE e.state = 'pending' AND e.phone_number_id = o.phone_number_id"
                        + " AND e.recipient = o.recipient AND e.id < o.id) ORDER BY o.id LIMIT ?",
                statement -> {
                    Jdbc.setInstant(statement, 1, now);
                    Jdbc.setInstant(statement, 2, now);
                    statement.setInt(3, limit);
                }, JdbcWhatsAppOutbox::item);
    }

    @Override
    public boolean claim(long id, Instant now, Instant until) {
        return jdbc.claim("whatsapp_outbox", id, now, until);
    }

    @Override
    public void sent(long id, int attempts, String wamid, Instant at) {
        finish(id, "sent", attempts, wamid.isEmpty() ? null : wamid, null, null, at);
    }

    @Override
    public void failed(long id, int attempts, String errorCode, String errorTitle, Instant at) {
        finish(id, "failed", attempts, null, errorCode, errorTitle, at);
    }

    private void finish(long id, String state, int attempts, String wamid, String errorCode, String errorTitle,
                        Instant at) {
        jdbc.update("UPDATE whatsapp_outbox SET state = ?, attempts = ?, wamid = ?, error_code = ?, error_title = ?,"
                + " updated_at = ?, claimed_until = NULL WHERE id = ?", statement -> {
                    statement.setString(1, state);
                    statement.setInt(2, attempts);
                    statement.setString(3, wamid);
                    statement.setString(4, errorCode);
                    statement.setString(5, cut(errorTitle));
                    Jdbc.setInstant(statement, 6, at);
                    statement.setLong(7, id);
                });
    }

    @Override
    public void retry(long id, int attempts, Instant next, String errorCode, String errorTitle) {
        jdbc.update("UPDATE whatsapp_outbox SET attempts = ?, next_attempt_at = ?, error_code = ?, error_title = ?,"
                + " updated_at = ?, claimed_until = NULL WHERE id = ?", statement -> {
                    statement.setInt(1, attempts);
                    Jdbc.setInstant(statement, 2, next);
                    statement.setString(3, errorCode);
                    statement.setString(4, cut(errorTitle));
                    Jdbc.setInstant(statement, 5, Instant.now());
                    statement.setLong(6, id);
                });
    }

    @Override
    public void recordStatus(StatusEvent status) {
        try {
            jdbc.inTransaction(connection -> {
                int inserted = Jdbc.update(connection, "INSERT INTO whatsapp_statuses (wamid, recipient, status,"
                        + " status_rank, status_at, error_code, error_title) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", statement -> {
                            statement.setString(1, status.wamid());
                            statement.setString(2, status.recipientId());
                            statement.setString(3, status.status().id());
                            statement.setInt(4, status.status().rank());
                            Jdbc.setInstant(statement, 5, status.at());
                            statement.setString(6, status.errorCode().orElse(null));
                            statement.setString(7, cut(status.errorTitle().orElse(null)));
                        });
                if (inserted == 0) {
                    Jdbc.update(connection, "UPDATE whatsapp_statuses SET status = ?, status_rank = ?, status_at = ?,"
                            + " error_code = ?, error_title = ? WHERE wamid = ? AND status_rank < ?", statement -> {
                                statement.setString(1, status.status().id());
                                statement.setInt(2, status.status().rank());
                                Jdbc.setInstant(statement, 3, status.at());
                                statement.setString(4, status.errorCode().orElse(null));
                                statement.setString(5, cut(status.errorTitle().orElse(null)));
                                statement.setString(6, status.wamid());
                                statement.setInt(7, status.status().rank());
                            });
                }
                return inserted;
            });
        } catch (SQLException e) {
            throw new StorageException("could not record a WhatsApp status", e);
        }
    }

    @Override
    public Optional<OutboxEntry> sentAs(String wamid) {
        return jdbc.queryOne("SELECT " + ENTRY_COLUMNS + " FROM whatsapp_outbox WHERE wamid = ?",
                statement -> statement.setString(1, wamid), row -> item(row).entry());
    }

    /**
     * The conversation's messages the Graph API refused or WhatsApp reported failed; WhatsApp's failure report wins
     * over the Graph API's last answer.
     */
    @Override
    public Map<String, DeliveryFailure> of(String conversationId) {
        Map<String, DeliveryFailure> failures = new LinkedHashMap<>();
        jdbc.query("SELECT o.message_id, o.error_code, o.error_title, s.error_code AS status_error_code,"
                        + " s.error_title AS status_error_title FROM whatsapp_outbox o"
                        + " LEFT JOIN whatsapp_statuses s ON s.wamid = o.wamid"
                        + " WHERE o.conversation_id = ? AND o.message_id <> ''"
                        + " AND (o.state = 'failed' OR s.status = 'failed') ORDER BY o.id",
                statement -> statement.setString(1, conversationId), row -> {
                    boolean reported = row.getString("status_error_code") != null;
                    String code = reported ? row.getString("status_error_code") : row.getString("error_code");
                    String title = reported ? row.getString("status_error_title") : row.getString("error_title");
                    String known = code == null ? "failed" : code;
                    return Map.entry(row.getString("message_id"), new DeliveryFailure(known,
                            title == null ? "" : title, DeliveryFailures.actionFor(known)));
                }).forEach(failure -> failures.put(failure.getKey(), failure.getValue()));
        return failures;
    }

    private static String cut(String text) {
        return text == null || text.length() <= 800 ? text : text.substring(0, 800);
    }

    private static Item item(ResultSet row) throws SQLException {
        var entry = new OutboxEntry(row.getString("request_key"), row.getString("conversation_id"),
                row.getString("message_id"), row.getString("phone_number_id"), row.getString("recipient"),
                row.getString("kind"), row.getString("payload"), Jdbc.getInstant(row, "created_at"));
        return new Item(row.getLong("id"), entry, row.getInt("attempts"));
    }
}
