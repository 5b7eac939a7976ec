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
final class ScanObservationRows {

    private static final String COLUMNS = "id, tenant_id, plugin_id, observation_id, batch_id, device_id, plate, country, "
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

    private ScanObservationRows() {
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
            Array[] arrays = {connection.createArrayOf("varchar", ids), connection.createArrayOf("varchar", devices),
                    connection.createArrayOf("varchar", plates), connection.createArrayOf("varchar", countries),
                    connection.createArrayOf("varchar", seen), connection.createArrayOf("float8", latitudes),
                    connection.createArrayOf("float8", longitudes), connection.createArrayOf("varchar", photos)};
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
