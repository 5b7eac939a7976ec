package be.ptrpas.platform.enforcement.check;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.rights.RightKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plate check's one read of the rights registry, and a processing chunk's one read for all its plates, in plain JDBC
 * on the transaction's bound connection.
 */
final class RightLookup {

    private RightLookup() {}

    /** The columns of one right the verdict needs. */
    record RightRow(
            String zoneCode, RightKind kind, Instant validTo, boolean revealable, Instant revokedAt, String areaId) {}

    /**
     * The rights of this plate that may hold in these zones (null: in any zone) at this moment or until the grace
     * period's start: one indexed look-up ({@code tenant_id, plate, country, valid_to}). Plain JDBC on the
     * transaction's connection, not JPQL: it is the plate check's one query, and EclipseLink's query machinery cost
     * more CPU than the read itself. The tenant is named in the SQL as EclipseLink would name it; on PostgreSQL
     * row-level security checks it too.
     */
    static List<RightRow> rows(
            Connection connection,
            String tenant,
            PlateNumber plate,
            List<String> standing,
            List<String> coveringSessionZones,
            Instant graceStart,
            Instant moment)
            throws SQLException {
        StringBuilder sql = new StringBuilder("select zone_code, kind, valid_to, revealable, revoked_at, area_id "
                + "from parking_right where tenant_id = ? and plate = ? and country = ? and valid_to > ? "
                + "and valid_from <= ?");
        if (standing != null) {
            sql.append(" and (zone_code is null or zone_code in (")
                    .append(placeholders(standing.size()))
                    .append(")");
            if (!coveringSessionZones.isEmpty()) {
                sql.append(" or (kind = ? and zone_code in (")
                        .append(placeholders(coveringSessionZones.size()))
                        .append("))");
            }
            sql.append(")");
        }
        sql.append(" order by valid_to desc");
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int i = 0;
            query.setString(++i, tenant);
            query.setString(++i, plate.normalized());
            query.setString(++i, plate.country());
            query.setObject(++i, graceStart.atOffset(ZoneOffset.UTC));
            query.setObject(++i, moment.atOffset(ZoneOffset.UTC));
            if (standing != null) {
                for (String zone : standing) {
                    query.setString(++i, zone);
                }
                if (!coveringSessionZones.isEmpty()) {
                    query.setString(++i, RightKind.PAID_SESSION.name());
                    for (String higher : coveringSessionZones) {
                        query.setString(++i, higher);
                    }
                }
            }
            List<RightRow> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    OffsetDateTime revokedAt = result.getObject(5, OffsetDateTime.class);
                    rows.add(new RightRow(
                            result.getString(1),
                            RightKind.valueOf(result.getString(2)),
                            result.getObject(3, OffsetDateTime.class).toInstant(),
                            result.getBoolean(4),
                            revokedAt == null ? null : revokedAt.toInstant(),
                            result.getString(6)));
                }
            }
            return rows;
        }
    }

    /** A right of one of many plates, with what {@link #rows} filters on in SQL and a chunk filters on in memory. */
    record PlateRow(PlateNumber plate, Instant validFrom, RightRow row) {}

    /**
     * The rights of many plates that may hold at any moment from {@code earliestGraceStart} to {@code latestMoment},
     * in any zone: what {@link #rows} would read for each of those plates, at each moment of that span, in one query
     * for a chunk of scan observations (the caller filters per observation, {@link ReadAhead}). Newest end first per
     * plate, as {@link #rows}. Names the tenant as {@link #rows} does.
     */
    static Map<PlateNumber, List<PlateRow>> rowsOfPlates(
            Connection connection,
            String tenant,
            Set<PlateNumber> plates,
            Instant earliestGraceStart,
            Instant latestMoment)
            throws SQLException {
        Map<PlateNumber, List<PlateRow>> byPlate = new HashMap<>();
        if (plates.isEmpty()) {
            return byPlate;
        }
        Map<String, PlateNumber> asked = new HashMap<>();
        plates.forEach(plate -> asked.put(plate.normalized() + "|" + plate.country(), plate));
        List<String> normalized =
                plates.stream().map(PlateNumber::normalized).distinct().toList();
        String sql = "select plate, country, valid_from, zone_code, kind, valid_to, revealable, revoked_at, area_id "
                + "from parking_right where tenant_id = ? and plate in (" + placeholders(normalized.size()) + ") "
                + "and valid_to > ? and valid_from <= ? order by valid_to desc";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int i = 0;
            query.setString(++i, tenant);
            for (String plate : normalized) {
                query.setString(++i, plate);
            }
            query.setObject(++i, earliestGraceStart.atOffset(ZoneOffset.UTC));
            query.setObject(++i, latestMoment.atOffset(ZoneOffset.UTC));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    PlateNumber plate = asked.get(result.getString(1) + "|" + result.getString(2));
                    if (plate == null) {
                        continue; // the same characters under another country
                    }
                    OffsetDateTime revokedAt = result.getObject(8, OffsetDateTime.class);
                    byPlate.computeIfAbsent(plate, p -> new ArrayList<>())
                            .add(new PlateRow(
                                    plate,
                                    result.getObject(3, OffsetDateTime.class).toInstant(),
                                    new RightRow(
                                            result.getString(4),
                                            RightKind.valueOf(result.getString(5)),
                                            result.getObject(6, OffsetDateTime.class)
                                                    .toInstant(),
                                            result.getBoolean(7),
                                            revokedAt == null ? null : revokedAt.toInstant(),
                                            result.getString(9))));
                }
            }
        }
        return byPlate;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
