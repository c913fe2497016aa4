package dev.tact.app.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A thin helper over plain JDBC: transactions, queries and the SQL states both databases share. */
final class Jdbc {

    /** SQL state of a unique-constraint violation, in PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQL states of a missing referenced row: PostgreSQL, then H2. */
    static final List<String> FOREIGN_KEY_VIOLATION = List.of("23503", "23506");

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection()) {
            return query(connection, sql, binder, mapper);
        } catch (SQLException e) {
            throw new StorageException("query failed", e);
        }
    }

    static <T> List<T> query(Connection connection, String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        return query(sql, binder, mapper).stream().findFirst();
    }

    int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, sql, binder);
        } catch (SQLException e) {
            throw new StorageException("update failed", e);
        }
    }

    static int update(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    /**
     * Claims a pending row of a work table (a table with {@code state} and {@code claimed_until}) until {@code until}:
     * true when the row was pending and unclaimed, or its claim had run out at {@code now}.
     */
    boolean claim(String table, long id, Instant now, Instant until) {
        return update("UPDATE " + table + " SET claimed_until = ? WHERE id = ? AND state = 'pending'"
                + " AND (claimed_until IS NULL OR claimed_until <= ?)", statement -> {
                    setInstant(statement, 1, until);
                    statement.setLong(2, id);
                    setInstant(statement, 3, now);
                }) == 1;
    }

    /** Databases keep microseconds; instants are cut to that before they are written, so reads equal writes. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value.toInstant();
    }

    static boolean isState(SQLException e, List<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
