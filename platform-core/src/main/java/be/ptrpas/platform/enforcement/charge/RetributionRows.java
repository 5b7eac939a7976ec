package be.ptrpas.platform.enforcement.charge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the retributions one processing chunk charged, in one statement on PostgreSQL (one array per column, unnested
 * by the server, as {@code ScanObservationRows} writes observations) or one JDBC batch elsewhere, on the transaction's
 * connection: EclipseLink wrote and flushed each on its own, a round trip per charge. The tenant is the value written
 * for every row (EclipseLink would fill it from the EntityManager); on PostgreSQL row-level security checks it again.
 */
final class RetributionRows {

    /** A retribution to write, under the id it was given when charged. */
    record Row(String id, Retribution retribution) {}

    private static final String COLUMNS =
            "id, tenant_id, source_key, plate, country, zone_code, charge_day, charge_seq, "
                    + "observed_at, latitude, longitude, evidence_ref, tariff_product, amount, issuer, collector, "
                    + "payment_reference, due_date, status, review_reason, holder_status, version, created_at, updated_at";

    private static final String POSTGRES = "insert into retribution (" + COLUMNS + ") "
            + "select r.id, ?, r.source_key, r.plate, r.country, r.zone_code, r.charge_day, r.charge_seq, r.observed_at, "
            + "r.latitude, r.longitude, r.evidence_ref, r.tariff_product, r.amount, r.issuer, r.collector, "
            + "r.payment_reference, r.due_date, r.status, r.review_reason, r.holder_status, 1, ?, ? "
            + "from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::int4[], "
            + "?::timestamptz[], ?::float8[], ?::float8[], ?::varchar[], ?::varchar[], ?::numeric[], ?::varchar[], "
            + "?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::varchar[], ?::varchar[]) "
            + "as r(id, source_key, plate, country, zone_code, charge_day, charge_seq, observed_at, latitude, longitude, "
            + "evidence_ref, tariff_product, amount, issuer, collector, payment_reference, due_date, status, "
            + "review_reason, holder_status)";

    private static final String PORTABLE = "insert into retribution (" + COLUMNS + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";

    private RetributionRows() {}

    static void insert(Connection connection, boolean postgres, String tenant, List<Row> rows, OffsetDateTime now)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            insertPostgres(connection, tenant, rows, now);
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(PORTABLE)) {
            for (Row row : rows) {
                Retribution r = row.retribution();
                int p = 0;
                insert.setString(++p, row.id());
                insert.setString(++p, tenant);
                insert.setString(++p, r.sourceKey());
                insert.setString(++p, r.plate());
                insert.setString(++p, r.country());
                insert.setString(++p, r.zoneCode());
                insert.setObject(++p, r.chargeDay());
                insert.setInt(++p, r.chargeSeq());
                insert.setObject(++p, r.observedAt().atOffset(ZoneOffset.UTC));
                insert.setDouble(++p, r.latitude());
                insert.setDouble(++p, r.longitude());
                insert.setString(++p, r.evidenceRef());
                insert.setString(++p, r.tariffProduct());
                insert.setBigDecimal(++p, r.amount());
                insert.setString(++p, r.issuer());
                insert.setString(++p, r.collector());
                insert.setString(++p, r.paymentReference());
                insert.setObject(++p, r.dueDate());
                insert.setString(++p, r.status().name());
                if (r.reviewReason() == null) {
                    insert.setNull(++p, Types.VARCHAR);
                } else {
                    insert.setString(++p, r.reviewReason());
                }
                insert.setString(++p, r.holderStatus().name());
                insert.setObject(++p, now);
                insert.setObject(++p, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertPostgres(Connection connection, String tenant, List<Row> rows, OffsetDateTime now)
            throws SQLException {
        int n = rows.size();
        Object[][] columns = new Object[20][n];
        for (int i = 0; i < n; i++) {
            Retribution r = rows.get(i).retribution();
            Object[] values = {
                rows.get(i).id(),
                r.sourceKey(),
                r.plate(),
                r.country(),
                r.zoneCode(),
                r.chargeDay().toString(),
                r.chargeSeq(),
                r.observedAt().toString(),
                r.latitude(),
                r.longitude(),
                r.evidenceRef(),
                r.tariffProduct(),
                r.amount().toPlainString(),
                r.issuer(),
                r.collector(),
                r.paymentReference(),
                r.dueDate().toString(),
                r.status().name(),
                r.reviewReason(),
                r.holderStatus().name()
            };
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(POSTGRES)) {
            insert.setString(1, tenant);
            insert.setObject(2, now);
            insert.setObject(3, now);
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(4 + c, connection.createArrayOf(arrayType(c), typed(c, columns[c])));
            }
            insert.executeUpdate();
        }
    }

    /** The element type each column's array is sent as; dates, times and amounts go as text and are cast. */
    private static String arrayType(int column) {
        return switch (column) {
            case 6 -> "int4";
            case 8, 9 -> "float8";
            default -> "varchar";
        };
    }

    private static Object[] typed(int column, Object[] values) {
        return switch (column) {
            case 6 -> Arrays.copyOf(values, values.length, Integer[].class);
            case 8, 9 -> Arrays.copyOf(values, values.length, Double[].class);
            default -> Arrays.copyOf(values, values.length, String[].class);
        };
    }
}
