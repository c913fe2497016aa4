package dev.tact.app.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.decision.HandoffReason;
import dev.tact.handoff.queue.AgentHoldings;
import dev.tact.handoff.queue.ClaimOutcome;
import dev.tact.handoff.queue.Handoff;
import dev.tact.handoff.queue.HandoffHistory;
import dev.tact.handoff.queue.HandoffLine;
import dev.tact.handoff.queue.HandoffState;
import dev.tact.handoff.queue.SatisfactionRatings;
import dev.tact.handoff.queue.ToldPositions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Handoffs in the database, behind the handoff module's five ports (one table, {@code handoffs}, and the
 * holders it keeps). It is the one writer of {@code conversations.state} after a conversation is created: every
 * change of a handoff moves its conversation's state in the same transaction, with a conditional update on both
 * rows, and rolls back when either does not match. A claim is one transaction: the agent's row is locked
 * ({@code SELECT … FOR UPDATE}) so their capacity holds, then a conditional {@code UPDATE … WHERE state =
 * 'waiting'} decides the winner (the database lets exactly one such update match), then the conversation moves
 * from queued to agent.
 */
public final class JdbcHandoffStore
        implements HandoffLine, AgentHoldings, HandoffHistory, ToldPositions, SatisfactionRatings {

    private static final TypeReference<List<HandoffReason>> REASONS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, conversation_id, state, team, priority, reasons, requested_at, agent,"
            + " assigned_to, note, first_claimed_at, resolved_at, outcome, told_position";

    private final Jdbc jdbc;
    private final JsonColumns json;

    public JdbcHandoffStore(DataSource dataSource, ObjectMapper json) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new JsonColumns(json);
    }

    @Override
    public Handoff enqueue(Handoff handoff) {
        String reasons = json.write(handoff.reasons());
        try {
            return jdbc.inTransaction(connection -> {
                int updated = Jdbc.update(connection, "UPDATE handoffs SET priority = ?, reasons = ?, team = ?"
                        + " WHERE open_conversation_id = ? AND state = 'waiting'", statement -> {
                            statement.setInt(1, handoff.priority());
                            statement.setString(2, reasons);
                            statement.setString(3, handoff.team());
                            statement.setString(4, handoff.conversationId());
                        });
                if (updated == 0) {
                    if (!moveConversation(connection, handoff.conversationId(), ConversationState.BOT,
                            ConversationState.QUEUED, handoff.requestedAt())) {
                        connection.rollback();
                        throw new IllegalStateException("conversation " + handoff.conversationId()
                                + " is not the bot's");
                    }
                    Jdbc.update(connection, "INSERT INTO handoffs (" + COLUMNS + ", open_conversation_id)"
                            + " VALUES (?, ?, 'waiting', ?, ?, ?, ?, '', '', '', NULL, NULL, '', 0, ?)", statement -> {
                                statement.setString(1, handoff.id());
                                statement.setString(2, handoff.conversationId());
                                statement.setString(3, handoff.team());
                                statement.setInt(4, handoff.priority());
                                statement.setString(5, reasons);
                                Jdbc.setInstant(statement, 6, handoff.requestedAt());
                                statement.setString(7, handoff.conversationId());
                            });
                }
                return Jdbc.query(connection, "SELECT " + COLUMNS + " FROM handoffs WHERE open_conversation_id = ?",
                        statement -> statement.setString(1, handoff.conversationId()), this::handoff).get(0);
            });
        } catch (SQLException e) {
            throw new StorageException("could not queue conversation " + handoff.conversationId(), e);
        }
    }

    @Override
    public Optional<Handoff> open(String conversationId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM handoffs WHERE open_conversation_id = ?",
                statement -> statement.setString(1, conversationId), this::handoff);
    }

    @Override
    public Optional<Handoff> latest(String conversationId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM handoffs WHERE conversation_id = ?"
                        + " ORDER BY requested_at DESC, COALESCE(resolved_at, requested_at) DESC LIMIT 1",
                statement -> statement.setString(1, conversationId), this::handoff);
    }

    @Override
    public List<Handoff> waiting() {
        return jdbc.query("SELECT " + COLUMNS + " FROM handoffs WHERE state = 'waiting'", statement -> { },
                this::handoff);
    }

    @Override
    public List<Handoff> heldBy(String agent) {
        return jdbc.query("SELECT " + COLUMNS + " FROM handoffs WHERE state = 'claimed' AND agent = ?"
                + " ORDER BY claimed_at", statement -> statement.setString(1, agent), this::handoff);
    }

    @Override
    public ClaimOutcome claim(String conversationId, String agent, int capacity, Instant at) {
        try {
            return jdbc.inTransaction(connection -> {
                // serialises this agent's claims, so two at once cannot both pass the capacity check
                Jdbc.query(connection, "SELECT username FROM users WHERE username = ? FOR UPDATE",
                        statement -> statement.setString(1, agent), row -> row.getString(1));
                long held = Jdbc.query(connection,
                        "SELECT COUNT(*) FROM handoffs WHERE agent = ? AND state = 'claimed'",
                        statement -> statement.setString(1, agent), row -> row.getLong(1)).get(0);
                if (held >= capacity) {
                    return ClaimOutcome.AT_CAPACITY;
                }
                int won = Jdbc.update(connection, "UPDATE handoffs SET state = 'claimed', agent = ?, claimed_at = ?,"
                        + " first_claimed_at = COALESCE(first_claimed_at, ?), assigned_to = ''"
                        + " WHERE open_conversation_id = ? AND state = 'waiting'"
                        + " AND (assigned_to = '' OR assigned_to = ?)", statement -> {
                            statement.setString(1, agent);
                            Jdbc.setInstant(statement, 2, at);
                            Jdbc.setInstant(statement, 3, at);
                            statement.setString(4, conversationId);
                            statement.setString(5, agent);
                        });
                if (won != 1 || !moveConversation(connection, conversationId, ConversationState.QUEUED,
                        ConversationState.AGENT, at)) {
                    connection.rollback();
                    return ClaimOutcome.TAKEN;
                }
                boolean heldBefore = !Jdbc.query(connection, "SELECT username FROM handoff_holders"
                        + " WHERE conversation_id = ? AND username = ?", statement -> {
                            statement.setString(1, conversationId);
                            statement.setString(2, agent);
                        }, row -> row.getString(1)).isEmpty();
                if (!heldBefore) {
                    Jdbc.update(connection, "INSERT INTO handoff_holders (conversation_id, username, first_claimed_at)"
                            + " VALUES (?, ?, ?)", statement -> {
                                statement.setString(1, conversationId);
                                statement.setString(2, agent);
                                Jdbc.setInstant(statement, 3, at);
                            });
                }
                return ClaimOutcome.CLAIMED;
            });
        } catch (SQLException e) {
            throw new StorageException("could not claim conversation " + conversationId, e);
        }
    }

    @Override
    public boolean requeue(String conversationId, String agent, String team, String assignedTo, String note,
                           Instant at) {
        return changeHeld(conversationId, ConversationState.QUEUED, at, "UPDATE handoffs SET state = 'waiting',"
                + " team = ?, assigned_to = ?, note = ?, claimed_at = NULL, told_position = 0"
                + " WHERE open_conversation_id = ? AND state = 'claimed' AND agent = ?", statement -> {
                    statement.setString(1, team);
                    statement.setString(2, assignedTo);
                    statement.setString(3, note);
                    statement.setString(4, conversationId);
                    statement.setString(5, agent);
                });
    }

    @Override
    public Optional<Handoff> resolve(String conversationId, String agent, ConversationState next, Instant at) {
        Optional<Handoff> open = open(conversationId);
        String outcome = next == ConversationState.BOT ? "returned_to_bot" : "closed";
        boolean resolved = open.isPresent() && changeHeld(conversationId, next, at, "UPDATE handoffs SET"
                + " state = 'resolved', open_conversation_id = NULL, resolved_at = ?, outcome = ?"
                + " WHERE open_conversation_id = ? AND state = 'claimed' AND agent = ?", statement -> {
                    Jdbc.setInstant(statement, 1, at);
                    statement.setString(2, outcome);
                    statement.setString(3, conversationId);
                    statement.setString(4, agent);
                });
        return resolved ? byId(open.get().id()) : Optional.empty();
    }

    @Override
    public Optional<Handoff> abandon(String conversationId, Instant at) {
        Optional<Handoff> open = open(conversationId);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        try {
            boolean abandoned = jdbc.inTransaction(connection -> {
                int changed = Jdbc.update(connection, "UPDATE handoffs SET state = 'abandoned',"
                        + " open_conversation_id = NULL, resolved_at = ?, outcome = 'abandoned'"
                        + " WHERE id = ? AND state = 'waiting'", statement -> {
                            Jdbc.setInstant(statement, 1, at);
                            statement.setString(2, open.get().id());
                        });
                if (changed != 1 || !moveConversation(connection, conversationId, ConversationState.QUEUED,
                        ConversationState.CLOSED, at)) {
                    connection.rollback();
                    return false;
                }
                return true;
            });
            return abandoned ? byId(open.get().id()) : Optional.empty();
        } catch (SQLException e) {
            throw new StorageException("could not record conversation " + conversationId + " as abandoned", e);
        }
    }

    @Override
    public boolean reopen(String conversationId, Instant at) {
        try {
            return jdbc.inTransaction(connection -> moveConversation(connection, conversationId,
                    ConversationState.CLOSED, ConversationState.BOT, at));
        } catch (SQLException e) {
            throw new StorageException("could not reopen conversation " + conversationId, e);
        }
    }

    private Optional<Handoff> byId(String handoffId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM handoffs WHERE id = ?",
                statement -> statement.setString(1, handoffId), this::handoff);
    }

    /** Runs the handoff update and moves the conversation from agent to {@code next}, both or neither. */
    private boolean changeHeld(String conversationId, ConversationState next, Instant at, String sql,
                               Jdbc.Binder binder) {
        try {
            return jdbc.inTransaction(connection -> {
                if (Jdbc.update(connection, sql, binder) != 1
                        || !moveConversation(connection, conversationId, ConversationState.AGENT, next, at)) {
                    connection.rollback();
                    return false;
                }
                return true;
            });
        } catch (SQLException e) {
            throw new StorageException("could not change the handoff of conversation " + conversationId, e);
        }
    }

    private static boolean moveConversation(Connection connection, String conversationId, ConversationState from,
                                            ConversationState to, Instant at) throws SQLException {
        return Jdbc.update(connection, "UPDATE conversations SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
                statement -> {
                    statement.setString(1, to.id());
                    Jdbc.setInstant(statement, 2, at);
                    statement.setString(3, conversationId);
                    statement.setString(4, from.id());
                }) == 1;
    }

    @Override
    public boolean heldEver(String conversationId, String agent) {
        return jdbc.queryOne("SELECT username FROM handoff_holders WHERE conversation_id = ? AND username = ?",
                statement -> {
                    statement.setString(1, conversationId);
                    statement.setString(2, agent);
                }, row -> row.getString(1)).isPresent();
    }

    @Override
    public void told(String handoffId, int position) {
        jdbc.update("UPDATE handoffs SET told_position = ? WHERE id = ?", statement -> {
            statement.setInt(1, position);
            statement.setString(2, handoffId);
        });
    }

    @Override
    public List<Handoff> resolvedSince(Instant since, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM handoffs WHERE state = 'resolved' AND resolved_at >= ?"
                + " ORDER BY resolved_at DESC LIMIT ?", statement -> {
                    Jdbc.setInstant(statement, 1, since);
                    statement.setInt(2, limit);
                }, this::handoff);
    }

    @Override
    public boolean rate(String handoffId, int score, Instant at) {
        return jdbc.update("UPDATE handoffs SET satisfaction = ?, rated_at = ?"
                + " WHERE id = ? AND state = 'resolved' AND satisfaction IS NULL", statement -> {
                    statement.setInt(1, score);
                    Jdbc.setInstant(statement, 2, at);
                    statement.setString(3, handoffId);
                }) == 1;
    }

    private Handoff handoff(ResultSet row) throws SQLException {
        return new Handoff(row.getString("id"), row.getString("conversation_id"),
                HandoffState.fromId(row.getString("state")), row.getString("team"), row.getInt("priority"),
                json.read(row.getString("reasons"), REASONS), Jdbc.getInstant(row, "requested_at"),
                row.getString("agent"), row.getString("assigned_to"), row.getString("note"),
                optionalInstant(row, "first_claimed_at"), optionalInstant(row, "resolved_at"),
                row.getString("outcome"), row.getInt("told_position"));
    }

    static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
