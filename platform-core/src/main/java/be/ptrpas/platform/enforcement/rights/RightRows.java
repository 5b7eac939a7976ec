package be.ptrpas.platform.enforcement.rights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the rights of a batch of one municipality set-based: on PostgreSQL one statement for all rows (one array per
 * column, unnested by the server), elsewhere (the embedded default) one JDBC batch. A right whose external reference
 * the municipality already has is skipped by the database ({@code ON CONFLICT DO NOTHING} on the unique
 * (tenant, external reference)), so two batches racing with the same lines still register each right once.
 * Plain JDBC on the transaction's connection: the tenant is named in the SQL, and on PostgreSQL row-level security
 * checks it too.
 */
final class RightRows {

    /** One right to write; {@code id} chosen by the caller. */
    record Row(
            String id,
            String externalRef,
            RightKind kind,
            String plate,
            String country,
            String zone,
            Instant validFrom,
            Instant validTo,
            boolean revealable,
            String note) {}

    private static final String COLUMNS = "id, tenant_id, kind, plate, country, zone_code, valid_from, valid_to, "
            + "revealable, idempotency_key, note, external_ref, version, created_at, updated_at";

    private static final String POSTGRES = "insert into parking_right (" + COLUMNS + ") "
            + "select r.id, ?, r.kind, r.plate, r.country, r.zone_code, r.valid_from, r.valid_to, r.revealable, "
            + "'batch:' || r.id, r.note, r.external_ref, 1, ?, ? "
            + "from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], "
            + "?::timestamptz[], ?::boolean[], ?::varchar[], ?::varchar[]) "
            + "as r(id, kind, plate, country, zone_code, valid_from, valid_to, revealable, note, external_ref) "
            + "on conflict do nothing returning id";

    private static final String PORTABLE = "insert into parking_right (" + COLUMNS + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) on conflict do nothing";

    private RightRows() {}

    /** The ids of the municipality's rights with these external references, by reference. */
    static Map<String, String> existing(Connection connection, boolean postgres, String tenant, Collection<String> refs)
            throws SQLException {
        Map<String, String> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        if (postgres) {
            try (PreparedStatement query = connection.prepareStatement("select external_ref, id from parking_right "
                    + "where tenant_id = ? and external_ref = any(?::varchar[])")) {
                query.setString(1, tenant);
                query.setArray(2, connection.createArrayOf("varchar", refs.toArray()));
                read(query, found);
            }
            return found;
        }
        List<String> all = new ArrayList<>(refs);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement query = connection.prepareStatement("select external_ref, id from parking_right "
                    + "where tenant_id = ? and external_ref in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                query.setString(1, tenant);
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(2 + i, chunk.get(i));
                }
                read(query, found);
            }
        }
        return found;
    }

    /** Inserts the rows; answers the ids of those written (a row whose reference was taken meanwhile is not). */
    static Set<String> insert(
            Connection connection, boolean postgres, String tenant, List<Row> rows, OffsetDateTime now)
            throws SQLException {
        Set<String> written = new HashSet<>();
        if (rows.isEmpty()) {
            return written;
        }
        if (postgres) {
            int n = rows.size();
            Object[][] columns = new Object[10][n];
            for (int i = 0; i < n; i++) {
                Row row = rows.get(i);
                Object[] values = {
                    row.id(),
                    row.kind().name(),
                    row.plate(),
                    row.country(),
                    row.zone(),
                    row.validFrom().toString(),
                    row.validTo().toString(),
                    row.revealable(),
                    row.note(),
                    row.externalRef()
                };
                for (int c = 0; c < values.length; c++) {
                    columns[c][i] = values[c];
                }
            }
            String[] types = {
                "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "boolean", "varchar",
                "varchar"
            };
            try (PreparedStatement insert = connection.prepareStatement(POSTGRES)) {
                insert.setString(1, tenant);
                insert.setObject(2, now);
                insert.setObject(3, now);
                for (int c = 0; c < columns.length; c++) {
                    insert.setArray(4 + c, connection.createArrayOf(types[c], columns[c]));
                }
                try (ResultSet ids = insert.executeQuery()) {
                    while (ids.next()) {
                        written.add(ids.getString(1));
                    }
                }
            }
            return written;
        }
        try (PreparedStatement insert = connection.prepareStatement(PORTABLE)) {
            for (Row row : rows) {
                insert.setString(1, row.id());
                insert.setString(2, tenant);
                insert.setString(3, row.kind().name());
                insert.setString(4, row.plate());
                insert.setString(5, row.country());
                insert.setString(6, row.zone());
                insert.setObject(7, row.validFrom().atOffset(ZoneOffset.UTC));
                insert.setObject(8, row.validTo().atOffset(ZoneOffset.UTC));
                insert.setBoolean(9, row.revealable());
                insert.setString(10, "batch:" + row.id());
                insert.setString(11, row.note());
                insert.setString(12, row.externalRef());
                insert.setObject(13, now);
                insert.setObject(14, now);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    written.add(rows.get(i).id());
                }
            }
        }
        return written;
    }

    private static void read(PreparedStatement query, Map<String, String> found) throws SQLException {
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                found.put(result.getString(1), result.getString(2));
            }
        }
    }
}
