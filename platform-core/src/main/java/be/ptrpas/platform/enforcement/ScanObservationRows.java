package be.ptrpas.platform.enforcement;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Writes new scan observations of one municipality in one statement. An observation already stored (same plug-in and
 * vendor id) is skipped by the database ({@code ON CONFLICT DO NOTHING}), so replays, and two instances receiving the
 * same batch, store it once.
 */
public final class ScanObservationRows {

    private static final String COLUMNS =
            "id, tenant_id, plugin_id, observation_id, batch_id, device_id, plate, country, "
                    + "observed_at, latitude, longitude, photo_ref, status, version, created_at, updated_at";

    /**
     * PostgreSQL: the rows as one array per column, unnested by the server. A multi-row VALUES list made the server
     * read fifteen parameters per row and took two to three times as long per row as this.
     */
    private static final String POSTGRES = "insert into scan_observation (" + COLUMNS + ") "
            + "select gen_random_uuid()::text, ?, ?, o.observation_id, ?, o.device_id, o.plate, o.country, o.observed_at, "
            + "o.latitude, o.longitude, o.photo_ref, ?, 1, ?, ? "
            + "from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::float8[], "
            + "?::float8[], ?::varchar[]) as o(observation_id, device_id, plate, country, observed_at, latitude, longitude, "
            + "photo_ref) on conflict do nothing";

    /** Elsewhere (the embedded default): a JDBC batch of single-row inserts. */
    private static final String PORTABLE = "insert into scan_observation (" + COLUMNS + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) on conflict do nothing";

    /**
     * The outcomes of a processed chunk, one statement for all of it on PostgreSQL (the rows as arrays, as for the
     * insert): one UPDATE per observation, as EclipseLink wrote them, made processing five times slower than intake.
     */
    private static final String SETTLE_POSTGRES = "update scan_observation o set status = u.status, "
            + "plate_normalized = u.plate_normalized, zone_code = u.zone_code, outcome_detail = u.outcome_detail, "
            + "charge_id = u.charge_id, processed_at = ?, version = o.version + 1, updated_at = ? "
            + "from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[]) "
            + "as u(id, status, plate_normalized, zone_code, outcome_detail, charge_id) "
            + "where o.id = u.id and o.tenant_id = ?";

    /** Elsewhere (the embedded default): a JDBC batch of single-row updates. */
    private static final String SETTLE_PORTABLE = "update scan_observation set status = ?, plate_normalized = ?, "
            + "zone_code = ?, outcome_detail = ?, charge_id = ?, processed_at = ?, version = version + 1, updated_at = ? "
            + "where id = ? and tenant_id = ?";

    private ScanObservationRows() {}

    /**
     * Writes what processing decided for each observation ({@link ScanObservation#settle}) on the transaction's
     * connection. The observations must have been read without change tracking, so that EclipseLink does not write
     * them a second time at commit. Names the tenant in the WHERE clause, as EclipseLink would: the embedded default
     * has no row-level security.
     */
    public static void settle(
            Connection connection, boolean postgres, String tenant, List<ScanObservation> settled, OffsetDateTime now)
            throws SQLException {
        if (settled.isEmpty()) {
            return;
        }
        if (postgres) {
            String[][] columns = new String[6][settled.size()];
            for (int i = 0; i < settled.size(); i++) {
                ScanObservation o = settled.get(i);
                columns[0][i] = o.id();
                columns[1][i] = o.status();
                columns[2][i] = o.plateNormalized();
                columns[3][i] = o.zoneCode();
                columns[4][i] = o.outcomeDetail();
                columns[5][i] = o.chargeId();
            }
            try (PreparedStatement update = connection.prepareStatement(SETTLE_POSTGRES)) {
                update.setObject(1, now);
                update.setObject(2, now);
                for (int c = 0; c < columns.length; c++) {
                    update.setArray(3 + c, connection.createArrayOf("varchar", columns[c]));
                }
                update.setString(9, tenant);
                update.executeUpdate();
            }
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(SETTLE_PORTABLE)) {
            for (ScanObservation o : settled) {
                update.setString(1, o.status());
                update.setString(2, o.plateNormalized());
                update.setString(3, o.zoneCode());
                update.setString(4, o.outcomeDetail());
                update.setString(5, o.chargeId());
                update.setObject(6, now);
                update.setObject(7, now);
                update.setString(8, o.id());
                update.setString(9, tenant);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** All rows belong to {@code tenant} and come from one batch of one plug-in. */
    static void insertPostgres(Connection connection, String tenant, List<ScanObservation> rows, OffsetDateTime now)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        String[] ids = new String[n];
        String[] devices = new String[n];
        String[] plates = new String[n];
        String[] countries = new String[n];
        String[] seen = new String[n];
        Double[] latitudes = new Double[n];
        Double[] longitudes = new Double[n];
        String[] photos = new String[n];
        for (int i = 0; i < n; i++) {
            ScanObservation row = rows.get(i);
            ids[i] = row.observationId();
            devices[i] = row.deviceId();
            plates[i] = row.plate();
            countries[i] = row.country();
            seen[i] = row.observedAt().toString();
            latitudes[i] = row.latitude();
            longitudes[i] = row.longitude();
            photos[i] = row.photoRef();
        }
        ScanObservation first = rows.get(0);
        try (PreparedStatement insert = connection.prepareStatement(POSTGRES)) {
            insert.setString(1, tenant);
            insert.setString(2, first.pluginId());
            insert.setString(3, first.batchId());
            insert.setString(4, first.status());
            insert.setObject(5, now);
            insert.setObject(6, now);
            Array[] arrays = {
                connection.createArrayOf("varchar", ids),
                connection.createArrayOf("varchar", devices),
                connection.createArrayOf("varchar", plates),
                connection.createArrayOf("varchar", countries),
                connection.createArrayOf("varchar", seen),
                connection.createArrayOf("float8", latitudes),
                connection.createArrayOf("float8", longitudes),
                connection.createArrayOf("varchar", photos)
            };
            for (int a = 0; a < arrays.length; a++) {
                insert.setArray(7 + a, arrays[a]);
            }
            insert.executeUpdate();
        }
    }

    static void insertPortable(Connection connection, String tenant, List<ScanObservation> rows, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(PORTABLE)) {
            for (ScanObservation row : rows) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, tenant);
                insert.setString(3, row.pluginId());
                insert.setString(4, row.observationId());
                insert.setString(5, row.batchId());
                insert.setString(6, row.deviceId());
                insert.setString(7, row.plate());
                insert.setString(8, row.country());
                insert.setObject(9, row.observedAt().atOffset(ZoneOffset.UTC));
                insert.setDouble(10, row.latitude());
                insert.setDouble(11, row.longitude());
                insert.setString(12, row.photoRef());
                insert.setString(13, row.status());
                insert.setObject(14, now);
                insert.setObject(15, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
