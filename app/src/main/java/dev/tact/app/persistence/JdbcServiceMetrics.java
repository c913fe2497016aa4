package dev.tact.app.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.decision.HandoffReason;
import dev.tact.handoff.metrics.HandoffFacts;
import dev.tact.handoff.metrics.ServiceMetrics;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads the service metrics of the conversations opened since an instant. */
public final class JdbcServiceMetrics {

    private static final TypeReference<List<HandoffReason>> REASONS = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final JsonColumns json;

    public JdbcServiceMetrics(DataSource dataSource, ObjectMapper json) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new JsonColumns(json);
    }

    public ServiceMetrics since(Instant since) {
        long conversations = count("SELECT COUNT(DISTINCT c.id) FROM conversations c JOIN messages m"
                + " ON m.conversation_id = c.id AND m.role = 'customer' WHERE c.created_at >= ?", since);
        long escalated = count("SELECT COUNT(DISTINCT h.conversation_id) FROM handoffs h JOIN conversations c"
                + " ON c.id = h.conversation_id WHERE c.created_at >= ?", since);
        List<HandoffFacts> facts = jdbc.query("SELECT h.outcome, h.reasons, h.requested_at, h.first_claimed_at,"
                + " h.resolved_at, h.satisfaction FROM handoffs h JOIN conversations c ON c.id = h.conversation_id"
                + " WHERE c.created_at >= ?", statement -> Jdbc.setInstant(statement, 1, since), this::facts);
        return ServiceMetrics.of(conversations, escalated, facts);
    }

    private long count(String sql, Instant since) {
        return jdbc.query(sql, statement -> Jdbc.setInstant(statement, 1, since), row -> row.getLong(1)).get(0);
    }

    private HandoffFacts facts(ResultSet row) throws SQLException {
        Instant requested = Jdbc.getInstant(row, "requested_at");
        Optional<Instant> claimed = JdbcHandoffStore.optionalInstant(row, "first_claimed_at");
        Optional<Instant> resolved = JdbcHandoffStore.optionalInstant(row, "resolved_at");
        String outcome = row.getString("outcome");
        int satisfaction = row.getInt("satisfaction");
        boolean rated = !row.wasNull();
        return new HandoffFacts(outcome,
                json.read(row.getString("reasons"), REASONS).stream().map(HandoffReason::signal).toList(),
                claimed.map(at -> OptionalDouble.of(seconds(requested, at))).orElse(OptionalDouble.empty()),
                claimed.isPresent() && resolved.isPresent() && !outcome.equals("abandoned")
                        ? OptionalDouble.of(seconds(claimed.get(), resolved.get())) : OptionalDouble.empty(),
                rated ? OptionalInt.of(satisfaction) : OptionalInt.empty());
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
