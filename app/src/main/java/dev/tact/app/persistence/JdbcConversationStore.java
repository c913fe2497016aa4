package dev.tact.app.persistence;

import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationNotFoundException;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.DuplicateConversationException;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Conversations and messages in a relational database (PostgreSQL, or H2 in PostgreSQL mode), with the schema of
 * the Flyway migrations. Redeliveries are caught by a unique constraint, so they stay single across nodes too.
 */
public final class JdbcConversationStore implements ConversationStore {

    private static final String CONVERSATION_COLUMNS =
            "id, channel, external_user_id, customer_name, access_token_hash, state, created_at, updated_at";
    private static final String MESSAGE_COLUMNS =
            "seq, id, conversation_id, role, kind, body, external_id, intent, created_at, choices";

    private final Jdbc jdbc;

    public JdbcConversationStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Conversation create(Conversation conversation) {
        Conversation stored = new Conversation(conversation.id(), conversation.channel(),
                conversation.externalUserId(), conversation.customerName(), conversation.accessTokenHash(),
                conversation.state(), Jdbc.stored(conversation.createdAt()), Jdbc.stored(conversation.updatedAt()));
        try {
            jdbc.inTransaction(connection -> Jdbc.update(connection,
                    "INSERT INTO conversations (" + CONVERSATION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    statement -> {
                        statement.setString(1, stored.id());
                        statement.setString(2, stored.channel().id());
                        statement.setString(3, stored.externalUserId());
                        statement.setString(4, stored.customerName());
                        statement.setString(5, stored.accessTokenHash());
                        statement.setString(6, stored.state().id());
                        Jdbc.setInstant(statement, 7, stored.createdAt());
                        Jdbc.setInstant(statement, 8, stored.updatedAt());
                    }));
            return stored;
        } catch (SQLException e) {
            if (Jdbc.isState(e, List.of(Jdbc.UNIQUE_VIOLATION))) {
                throw new DuplicateConversationException(conversation.channel(), conversation.externalUserId());
            }
            throw new StorageException("could not store conversation " + conversation.id(), e);
        }
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        return jdbc.queryOne("SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE id = ?",
                statement -> statement.setString(1, conversationId), JdbcConversationStore::conversation);
    }

    @Override
    public Optional<Conversation> findByExternalUser(Channel channel, String externalUserId) {
        return jdbc.queryOne("SELECT " + CONVERSATION_COLUMNS
                        + " FROM conversations WHERE channel = ? AND external_user_id = ?",
                statement -> {
                    statement.setString(1, channel.id());
                    statement.setString(2, externalUserId);
                }, JdbcConversationStore::conversation);
    }

    @Override
    public Optional<Message> append(Message message) {
        try {
            long seq = jdbc.inTransaction(connection -> {
                long assigned;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO messages"
                                + " (id, conversation_id, role, kind, body, external_id, intent, created_at, choices)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"seq"})) {
                    insert.setString(1, message.id());
                    insert.setString(2, message.conversationId());
                    insert.setString(3, message.role().name().toLowerCase(Locale.ROOT));
                    insert.setString(4, message.kind().id());
                    insert.setString(5, message.text());
                    insert.setString(6, message.externalId().isEmpty() ? null : message.externalId());
                    insert.setString(7, message.intent());
                    Jdbc.setInstant(insert, 8, message.at());
                    insert.setString(9, ChoiceColumn.write(message.choices()));
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        assigned = keys.getLong(1);
                    }
                }
                Jdbc.update(connection, "UPDATE conversations SET updated_at = ? WHERE id = ?", statement -> {
                    Jdbc.setInstant(statement, 1, message.at());
                    statement.setString(2, message.conversationId());
                });
                return assigned;
            });
            return Optional.of(new Message(message.id(), message.conversationId(), seq, message.role(),
                    message.kind(), message.text(), message.externalId(), message.intent(),
                    Jdbc.stored(message.at()), message.choices()));
        } catch (SQLException e) {
            if (Jdbc.isState(e, List.of(Jdbc.UNIQUE_VIOLATION)) && !message.externalId().isEmpty()
                    && findByExternalId(message.conversationId(), message.externalId()).isPresent()) {
                return Optional.empty();
            }
            if (Jdbc.isState(e, Jdbc.FOREIGN_KEY_VIOLATION)) {
                throw new ConversationNotFoundException(message.conversationId());
            }
            throw new StorageException("could not store message " + message.id(), e);
        }
    }

    @Override
    public Optional<Message> findByExternalId(String conversationId, String externalId) {
        if (externalId.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.queryOne("SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE conversation_id = ? AND external_id = ?",
                statement -> {
                    statement.setString(1, conversationId);
                    statement.setString(2, externalId);
                }, JdbcConversationStore::message);
    }

    @Override
    public List<Message> messages(String conversationId) {
        return messagesAfter(conversationId, 0);
    }

    @Override
    public List<Message> messagesAfter(String conversationId, long seq) {
        return jdbc.query("SELECT " + MESSAGE_COLUMNS
                        + " FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq",
                statement -> {
                    statement.setString(1, conversationId);
                    statement.setLong(2, seq);
                }, JdbcConversationStore::message);
    }

    private static Conversation conversation(ResultSet row) throws SQLException {
        return new Conversation(row.getString("id"), Channel.fromId(row.getString("channel")),
                row.getString("external_user_id"), row.getString("customer_name"),
                row.getString("access_token_hash"), ConversationState.fromId(row.getString("state")),
                Jdbc.getInstant(row, "created_at"), Jdbc.getInstant(row, "updated_at"));
    }

    private static Message message(ResultSet row) throws SQLException {
        String externalId = row.getString("external_id");
        return new Message(row.getString("id"), row.getString("conversation_id"), row.getLong("seq"),
                Role.valueOf(row.getString("role").toUpperCase(Locale.ROOT)),
                MessageKind.fromId(row.getString("kind")), row.getString("body"),
                externalId == null ? "" : externalId, row.getString("intent"), Jdbc.getInstant(row, "created_at"),
                ChoiceColumn.read(row.getString("choices")));
    }
}
