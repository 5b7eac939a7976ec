package be.ptrpas.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Rows for the work probes' tables, on H2 and PostgreSQL alike: the columns a test names, and every other required
 * column filled with a harmless value of its type (read from {@code information_schema}), so the tests say only what
 * matters to the probe — state, due time, lease — and survive columns added later.
 */
final class WorkRows {

    private static final Instant FILLER_TIME = Instant.parse("2026-12-01T00:00:00Z");

    private final Connection connection;

    WorkRows(Connection connection) {
        this.connection = connection;
    }

    /** The probe's table with one row of this municipality, with these column values. */
    void insert(String table, String tenant, Map<String, Object> values) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Column column : requiredColumns(table)) {
            row.put(column.name(), column.filler());
        }
        row.put("id", UUID.randomUUID().toString());
        row.put("tenant_id", tenant);
        values.forEach(
                (name, value) -> row.put(name, value instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : value));
        String sql = "insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
                + String.join(", ", row.keySet().stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 0;
            for (Object value : row.values()) {
                insert.setObject(++i, value);
            }
            insert.executeUpdate();
        }
    }

    private record Column(String name, String type, Integer length) {

        Object filler() {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.contains("char") || t.contains("clob") || t.contains("text")) {
                String text = UUID.randomUUID().toString().replace("-", "");
                return length == null || length <= 0 ? text : text.substring(0, Math.min(length, text.length()));
            }
            if (t.contains("timestamp")) {
                return FILLER_TIME.atOffset(ZoneOffset.UTC);
            }
            if (t.contains("date")) {
                return FILLER_TIME.atOffset(ZoneOffset.UTC).toLocalDate();
            }
            if (t.contains("bool")) {
                return false;
            }
            if (t.contains("int") || t.contains("numeric") || t.contains("decimal")) {
                return 1;
            }
            if (t.contains("double") || t.contains("real") || t.contains("float")) {
                return 1.0;
            }
            throw new IllegalStateException("no filler for a column of type " + type);
        }
    }

    private List<Column> requiredColumns(String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select column_name, data_type, character_maximum_length from information_schema.columns "
                        + "where lower(table_name) = ? and is_nullable = 'NO' and column_default is null "
                        + "and lower(table_schema) = lower(current_schema())")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Number length = (Number) rows.getObject(3);
                    columns.add(new Column(
                            rows.getString(1).toLowerCase(Locale.ROOT),
                            rows.getString(2),
                            length == null ? null : length.intValue()));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("no table " + table + " in the current schema");
        }
        return columns;
    }

    /** One due row and the rows that are not (yet, or any more), per probe, in {@code tenant}. */
    static Map<String, Object> due(WorkProbe probe, Instant now) {
        return switch (probe) {
            case OUTBOX -> Map.of("status", "PENDING", "next_attempt_at", now.minusSeconds(1));
            case CALLBACKS -> Map.of("status", "RECEIVED", "next_attempt_at", now.minusSeconds(1));
            case SCAN_OBSERVATIONS -> Map.of("status", "RECEIVED");
            case RETRIBUTION_HOLDERS -> Map.of("holder_status", "PENDING");
            case GAS_FINE_HOLDERS -> Map.of("holder_lookup", "PENDING");
            case OPEN_PAYMENT_LINKS -> Map.of("kind", "LINK", "status", "OPEN");
            case DUE_SOON ->
                Map.of("money_state", "OPEN", "due_date", brusselsDay(now).plusDays(7));
        };
    }

    /** Rows the probe must not count: work done, given up, not due yet, or held by a live lease. */
    static List<Map<String, Object>> notDue(WorkProbe probe, Instant now) {
        return switch (probe) {
            case OUTBOX -> queue("PENDING", "DELIVERED", "DEAD", now);
            case CALLBACKS -> queue("RECEIVED", "PROCESSED", "FAILED", now);
            case SCAN_OBSERVATIONS -> List.of(Map.of("status", "CHARGED"), Map.of("status", "COVERED"));
            case RETRIBUTION_HOLDERS ->
                List.of(Map.of("holder_status", "RESOLVED"), Map.of("holder_status", "UNRESOLVED"));
            case GAS_FINE_HOLDERS -> List.of(Map.of("holder_lookup", "RESOLVED"));
            case OPEN_PAYMENT_LINKS ->
                List.of(Map.of("kind", "PAYMENT", "status", "OPEN"), Map.of("kind", "LINK", "status", "PAID"));
            case DUE_SOON ->
                List.of(
                        Map.of(
                                "money_state",
                                "PAID",
                                "due_date",
                                brusselsDay(now).plusDays(3)),
                        Map.of(
                                "money_state",
                                "IN_DISPUTE",
                                "due_date",
                                brusselsDay(now).plusDays(3)),
                        Map.of(
                                "money_state",
                                "OPEN",
                                "due_date",
                                brusselsDay(now).plusDays(8)),
                        Map.of("money_state", "PARTLY_PAID", "due_date", brusselsDay(now)),
                        Map.of(
                                "money_state",
                                "OPEN",
                                "due_date",
                                brusselsDay(now).minusDays(2)));
        };
    }

    private static List<Map<String, Object>> queue(String pending, String done, String dead, Instant now) {
        return List.of(
                Map.of("status", done, "next_attempt_at", now.minusSeconds(60)),
                Map.of("status", dead, "next_attempt_at", now.minusSeconds(60)),
                Map.of("status", pending, "next_attempt_at", now.plusSeconds(1)),
                Map.of("status", pending, "next_attempt_at", now.minusSeconds(60), "lease_until", now.plusSeconds(30)));
    }

    private static java.time.LocalDate brusselsDay(Instant now) {
        return now.atZone(java.time.ZoneId.of("Europe/Brussels")).toLocalDate();
    }

    static String table(WorkProbe probe) {
        return probe.rows().substring(0, probe.rows().indexOf(' '));
    }
}
