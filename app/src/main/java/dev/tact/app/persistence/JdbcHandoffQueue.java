package dev.tact.app.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.handoff.HandoffQueue;
import dev.tact.core.handoff.HandoffRequest;
import dev.tact.core.handoff.QueueTicket;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The line of waiting conversations in the database: most urgent first, then longest waiting. There is no
 * handling history yet, so it gives no wait estimate rather than an invented one.
 */
public final class JdbcHandoffQueue implements HandoffQueue {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public JdbcHandoffQueue(DataSource dataSource, ObjectMapper json) {
        this.jdbc = new Jdbc(dataSource);
        this.json = json;
    }

    @Override
    public QueueTicket enqueue(HandoffRequest request) {
        String reasons;
        try {
            reasons = json.writeValueAsString(request.reasons());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("handoff reasons are plain records", e);
        }
        try {
            jdbc.inTransaction(connection -> {
                Jdbc.update(connection, "DELETE FROM handoff_requests WHERE conversation_id = ?",
                        statement -> statement.setString(1, request.conversationId()));
                return Jdbc.update(connection, "INSERT INTO handoff_requests"
                        + " (conversation_id, priority, team, reasons, requested_at) VALUES (?, ?, ?, ?, ?)",
                        statement -> {
                            statement.setString(1, request.conversationId());
                            statement.setInt(2, request.priority());
                            statement.setString(3, request.team());
                            statement.setString(4, reasons);
                            Jdbc.setInstant(statement, 5, request.requestedAt());
                        });
            });
        } catch (SQLException e) {
            throw new StorageException("could not queue conversation " + request.conversationId(), e);
        }
        return ticket(request.conversationId())
                .orElseThrow(() -> new IllegalStateException("a queued conversation vanished from the queue"));
    }

    @Override
    public Optional<QueueTicket> ticket(String conversationId) {
        return jdbc.queryOne("SELECT (SELECT COUNT(*) FROM handoff_requests other"
                        + " WHERE other.priority > mine.priority"
                        + " OR (other.priority = mine.priority AND other.requested_at < mine.requested_at)) AS ahead"
                        + " FROM handoff_requests mine WHERE mine.conversation_id = ?",
                statement -> statement.setString(1, conversationId),
                row -> new QueueTicket((int) row.getLong("ahead") + 1, Optional.empty()));
    }
}
