package dev.tact.app.persistence;

import dev.tact.app.security.Account;
import dev.tact.handoff.queue.Agent;
import dev.tact.handoff.queue.AgentDirectory;
import dev.tact.handoff.queue.Presence;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts in the {@code users} table; the agents among them are the queue's {@link AgentDirectory}. */
@Singleton
public class JdbcAccounts implements AgentDirectory {

    private final Jdbc jdbc;

    public JdbcAccounts(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Stores a new account; false when the username is taken. */
    public boolean create(Account account, Instant at) {
        try {
            return jdbc.inTransaction(connection -> Jdbc.update(connection, "INSERT INTO users (username,"
                    + " password_hash, roles, teams, capacity, presence, presence_since, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'offline', ?, ?)", statement -> {
                        statement.setString(1, account.username());
                        statement.setString(2, account.passwordHash());
                        statement.setString(3, joined(account.roles()));
                        statement.setString(4, joined(account.teams()));
                        statement.setInt(5, account.capacity());
                        Jdbc.setInstant(statement, 6, at);
                        Jdbc.setInstant(statement, 7, at);
                    })) == 1;
        } catch (SQLException e) {
            if (Jdbc.isState(e, List.of(Jdbc.UNIQUE_VIOLATION))) {
                return false;
            }
            throw new StorageException("could not store account " + account.username(), e);
        }
    }

    public Optional<Account> account(String username) {
        return jdbc.queryOne("SELECT username, password_hash, roles, teams, capacity FROM users WHERE username = ?",
                statement -> statement.setString(1, username),
                row -> new Account(row.getString("username"), row.getString("password_hash"),
                        split(row.getString("roles")), split(row.getString("teams")), row.getInt("capacity")));
    }

    @Override
    public Optional<Agent> find(String username) {
        return jdbc.queryOne("SELECT username, roles, teams, capacity, presence, presence_since FROM users"
                + " WHERE username = ?", statement -> statement.setString(1, username), JdbcAccounts::agentRow)
                .flatMap(agent -> agent);
    }

    @Override
    public List<Agent> withPresence(Presence presence) {
        return jdbc.query("SELECT username, roles, teams, capacity, presence, presence_since FROM users"
                        + " WHERE presence = ?", statement -> statement.setString(1, presence.id()),
                JdbcAccounts::agentRow).stream().flatMap(Optional::stream).toList();
    }

    @Override
    public void presence(String username, Presence presence, Instant at) {
        jdbc.update("UPDATE users SET presence = ?, presence_since = ? WHERE username = ? AND presence <> ?",
                statement -> {
                    statement.setString(1, presence.id());
                    Jdbc.setInstant(statement, 2, at);
                    statement.setString(3, username);
                    statement.setString(4, presence.id());
                });
    }

    /** The row as an agent; empty when the account has no agent role. */
    private static Optional<Agent> agentRow(ResultSet row) throws SQLException {
        if (!split(row.getString("roles")).contains(Account.AGENT)) {
            return Optional.empty();
        }
        return Optional.of(new Agent(row.getString("username"), split(row.getString("teams")), row.getInt("capacity"),
                Presence.fromId(row.getString("presence")), Jdbc.getInstant(row, "presence_since")));
    }

    private static String joined(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.toSet());
    }
}
