package be.ptrpas.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends many audit rows of one municipality in one statement (PostgreSQL: one array per column, unnested by the
 * server) or one JDBC batch elsewhere, on the transaction's connection, so they commit with the change they record.
 */
final class AuditRows {

    private static final String COLUMNS =
            "id, tenant_id, occurred_at, actor, actor_role, action, entity_type, entity_id, "
                    + "before_state, after_state, version, created_at, updated_at";

    private AuditRows() {}

    /** One row per entry: entity id → state after (JSON); no state before (these are creations). */
    static void insert(
            Connection connection,
            boolean postgres,
            String tenant,
            OffsetDateTime now,
            String actor,
            String role,
            String action,
            String entityType,
            List<Map.Entry<String, String>> afterById) {
        try {
            if (postgres) {
                int n = afterById.size();
                String[] ids = new String[n];
                String[] entities = new String[n];
                String[] after = new String[n];
                for (int i = 0; i < n; i++) {
                    ids[i] = UUID.randomUUID().toString();
                    entities[i] = afterById.get(i).getKey();
                    after[i] = afterById.get(i).getValue();
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (" + COLUMNS + ") "
                        + "select a.id, ?, ?, ?, ?, ?, ?, a.entity_id, null, a.after_state, 1, ?, ? "
                        + "from unnest(?::varchar[], ?::varchar[], ?::text[]) as a(id, entity_id, after_state)")) {
                    int p = 0;
                    insert.setString(++p, tenant);
                    insert.setObject(++p, now);
                    insert.setString(++p, actor);
                    insert.setString(++p, role);
                    insert.setString(++p, action);
                    insert.setString(++p, entityType);
                    insert.setObject(++p, now);
                    insert.setObject(++p, now);
                    insert.setArray(++p, connection.createArrayOf("varchar", ids));
                    insert.setArray(++p, connection.createArrayOf("varchar", entities));
                    insert.setArray(++p, connection.createArrayOf("text", after));
                    insert.executeUpdate();
                }
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (" + COLUMNS + ") "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, 1, ?, ?)")) {
                for (Map.Entry<String, String> entry : afterById) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, tenant);
                    insert.setObject(3, now);
                    insert.setString(4, actor);
                    insert.setString(5, role);
                    insert.setString(6, action);
                    insert.setString(7, entityType);
                    insert.setString(8, entry.getKey());
                    insert.setString(9, entry.getValue());
                    insert.setObject(10, now);
                    insert.setObject(11, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing " + afterById.size() + " audit rows failed", e);
        }
    }
}
