package dev.tact.app.persistence;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the tests read of the WhatsApp outbox tables: how many requests still wait, and where each outbound message
 * of a conversation stands. Production code reads neither (the console learns of a failure from the event bus).
 */
public final class OutboxRecords {

    /**
     * Where an outbound WhatsApp message stands: the outbox's state and, once WhatsApp reported on it, the last
     * delivery status. A failure carries WhatsApp's code and title.
     *
     * @param messageId   the stored conversation message
     * @param state       {@code pending} (waiting or retrying), {@code sent} (the Graph API took it) or {@code failed}
     * @param attempts    how often it was tried
     * @param wamid       the id WhatsApp gave it, once sent
     * @param status      {@code sent}, {@code delivered}, {@code read} or {@code failed} as WhatsApp reported
     * @param errorCode   why it failed, e.g. {@code 131047}; empty when it did not
     * @param errorTitle  WhatsApp's title for the error, e.g. "Re-engagement message"
     * @param updatedAt   the last change
     */
    public record Delivery(String messageId, String state, int attempts, Optional<String> wamid,
                           Optional<String> status, Optional<String> errorCode, Optional<String> errorTitle,
                           Instant updatedAt) {

        public Delivery {
            Objects.requireNonNull(messageId, "messageId must not be null");
            Objects.requireNonNull(state, "state must not be null");
            Objects.requireNonNull(updatedAt, "updatedAt must not be null");
        }

        /** True when the customer will not get the message: refused by the Graph API or reported failed. */
        public boolean failed() {
            return state.equals("failed") || status.filter("failed"::equals).isPresent();
        }
    }

    private final Jdbc jdbc;

    public OutboxRecords(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Requests not yet sent or failed, including those waiting for a retry. */
    public int pendingCount() {
        return jdbc.queryOne("SELECT COUNT(*) AS n FROM whatsapp_outbox WHERE state = 'pending'", statement -> {
        }, row -> (int) row.getLong("n")).orElse(0);
    }

    /** The deliveries of a conversation's messages, oldest first. */
    public List<Delivery> deliveries(String conversationId) {
        return jdbc.query("SELECT o.message_id, o.state, o.attempts, o.wamid, o.error_code, o.error_title,"
                        + " o.updated_at, s.status, s.error_code AS status_error_code,"
                        + " s.error_title AS status_error_title FROM whatsapp_outbox o"
                        + " LEFT JOIN whatsapp_statuses s ON s.wamid = o.wamid"
                        + " WHERE o.conversation_id = ? AND o.message_id <> '' ORDER BY o.id",
                statement -> statement.setString(1, conversationId), row -> {
                    // WhatsApp's failure report wins over the Graph API's last answer
                    String statusCode = row.getString("status_error_code");
                    String code = statusCode != null ? statusCode : row.getString("error_code");
                    String title = statusCode != null ? row.getString("status_error_title") : row.getString("error_title");
                    return new Delivery(row.getString("message_id"), row.getString("state"), row.getInt("attempts"),
                            Optional.ofNullable(row.getString("wamid")), Optional.ofNullable(row.getString("status")),
                            Optional.ofNullable(code), Optional.ofNullable(title), Jdbc.getInstant(row, "updated_at"));
                });
    }
}
