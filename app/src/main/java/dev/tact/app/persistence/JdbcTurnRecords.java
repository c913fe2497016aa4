package dev.tact.app.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.handoff.context.TurnRecord;
import dev.tact.handoff.context.TurnRecordStore;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Per-turn records as JSON rows keyed by the customer message; the records' shapes stay those of bot-core. */
public final class JdbcTurnRecords implements TurnRecordStore {

    private final Jdbc jdbc;
    private final JsonColumns json;

    public JdbcTurnRecords(DataSource dataSource, ObjectMapper json) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new JsonColumns(json);
    }

    @Override
    public boolean save(TurnRecord record) {
        try {
            return jdbc.inTransaction(connection -> Jdbc.update(connection, "INSERT INTO turn_records"
                    + " (message_id, conversation_id, decision, top_intent, record, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    statement -> {
                        statement.setString(1, record.messageId());
                        statement.setString(2, record.conversationId());
                        statement.setString(3, record.decision());
                        statement.setString(4, record.analysis().top().intent());
                        statement.setString(5, json.write(record));
                        Jdbc.setInstant(statement, 6, record.at());
                    })) == 1;
        } catch (SQLException e) {
            if (Jdbc.isState(e, List.of(Jdbc.UNIQUE_VIOLATION))) {
                return false;
            }
            throw new StorageException("could not store the analysis of message " + record.messageId(), e);
        }
    }

    @Override
    public List<TurnRecord> forConversation(String conversationId) {
        return jdbc.query("SELECT record FROM turn_records WHERE conversation_id = ? ORDER BY created_at, message_id",
                statement -> statement.setString(1, conversationId),
                row -> json.read(row.getString("record"), TurnRecord.class));
    }

    @Override
    public Optional<TurnRecord> latest(String conversationId) {
        List<TurnRecord> all = forConversation(conversationId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
