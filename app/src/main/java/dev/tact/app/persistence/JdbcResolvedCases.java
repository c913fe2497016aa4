package dev.tact.app.persistence;

import dev.tact.handoff.assist.ResolvedCase;
import dev.tact.handoff.assist.ResolvedCases;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recently resolved conversations, read from the handoffs and messages tables for agent assist. */
public final class JdbcResolvedCases implements ResolvedCases {

    private final Jdbc jdbc;

    public JdbcResolvedCases(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    private record Row(String conversationId, String role, String text) {
    }

    @Override
    public List<ResolvedCase> recent(int limit) {
        List<Row> rows = jdbc.query("SELECT m.conversation_id, m.role, m.body FROM messages m"
                + " JOIN (SELECT conversation_id, MAX(resolved_at) AS last_resolved FROM handoffs"
                + " WHERE state = 'resolved' GROUP BY conversation_id ORDER BY last_resolved DESC LIMIT ?) r"
                + " ON r.conversation_id = m.conversation_id"
                + " WHERE m.role IN ('customer', 'agent') ORDER BY m.conversation_id, m.seq",
                statement -> statement.setInt(1, limit),
                row -> new Row(row.getString(1), row.getString(2), row.getString(3)));
        Map<String, List<Row>> byConversation = new LinkedHashMap<>();
        rows.forEach(row -> byConversation.computeIfAbsent(row.conversationId(), key -> new ArrayList<>()).add(row));
        List<ResolvedCase> cases = new ArrayList<>();
        byConversation.forEach((id, messages) -> cases.add(new ResolvedCase(id,
                String.join("\n", messages.stream().filter(row -> row.role().equals("customer")).map(Row::text)
                        .toList()),
                messages.stream().filter(row -> row.role().equals("agent")).map(Row::text).toList())));
        return cases;
    }
}
