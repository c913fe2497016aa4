package dev.tact.app.persistence;

import dev.tact.channels.whatsapp.InboundEvent;
import dev.tact.channels.whatsapp.WhatsAppInbox;
import dev.tact.channels.whatsapp.WhatsAppUser;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The WhatsApp inbox in the database; a redelivered wamid is kept out by the unique constraint. */
public final class JdbcWhatsAppInbox implements WhatsAppInbox {

    private static final String COLUMNS = "id, phone_number_id, wa_id, wamid, profile_name, message_type, body,"
            + " readable, sent_at, attempts, next_attempt_at";

    private final Jdbc jdbc;

    public JdbcWhatsAppInbox(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public int store(List<InboundEvent> events, Instant receivedAt) {
        try {
            return jdbc.inTransaction(connection -> {
                int stored = 0;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO whatsapp_inbox"
                        + " (phone_number_id, wa_id, wamid, profile_name, message_type, body, readable, sent_at,"
                        + " received_at, state, attempts, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)"
                        + " ON CONFLICT DO NOTHING")) {
                    for (InboundEvent event : events) {
                        insert.setString(1, event.user().phoneNumberId());
                        insert.setString(2, event.user().waId());
                        insert.setString(3, event.wamid());
                        insert.setString(4, event.profileName());
                        insert.setString(5, event.type());
                        insert.setString(6, event.text());
                        insert.setBoolean(7, event.readable());
                        Jdbc.setInstant(insert, 8, event.sentAt());
                        Jdbc.setInstant(insert, 9, receivedAt);
                        Jdbc.setInstant(insert, 10, receivedAt);
                        stored += insert.executeUpdate();
                    }
                }
                return stored;
            });
        } catch (SQLException e) {
            throw new StorageException("could not store a WhatsApp delivery", e);
        }
    }

    @Override
    public List<Item> pending(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM whatsapp_inbox WHERE state = 'pending'"
                        + " ORDER BY sent_at, id LIMIT ?",
                statement -> statement.setInt(1, limit), JdbcWhatsAppInbox::item);
    }

    @Override
    public void done(long id) {
        jdbc.update("UPDATE whatsapp_inbox SET state = 'done' WHERE id = ?", statement -> statement.setLong(1, id));
    }

    @Override
    public void retry(long id, int attempts, Instant next, String error) {
        jdbc.update("UPDATE whatsapp_inbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                statement -> {
                    statement.setInt(1, attempts);
                    Jdbc.setInstant(statement, 2, next);
                    statement.setString(3, cut(error));
                    statement.setLong(4, id);
                });
    }

    @Override
    public void fail(long id, String error) {
        jdbc.update("UPDATE whatsapp_inbox SET state = 'failed', last_error = ? WHERE id = ?", statement -> {
            statement.setString(1, cut(error));
            statement.setLong(2, id);
        });
    }

    private static String cut(String text) {
        return text.length() > 400 ? text.substring(0, 400) : text;
    }

    private static Item item(ResultSet row) throws SQLException {
        var event = new InboundEvent(new WhatsAppUser(row.getString("phone_number_id"), row.getString("wa_id")),
                row.getString("profile_name"), row.getString("wamid"), row.getString("message_type"),
                row.getString("body"), row.getBoolean("readable"), Jdbc.getInstant(row, "sent_at"));
        return new Item(row.getLong("id"), event, row.getInt("attempts"), Jdbc.getInstant(row, "next_attempt_at"));
    }
}
