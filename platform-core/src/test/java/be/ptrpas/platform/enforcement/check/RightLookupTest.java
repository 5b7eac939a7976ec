package be.ptrpas.platform.enforcement.check;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.enforcement.check.RightLookup.RightRow;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.rights.RightKind;
import be.ptrpas.platform.persistence.CountingConnection;
import be.ptrpas.platform.persistence.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plate check's one JDBC read names its tenant: on the embedded database (H2 in PostgreSQL mode, migrated by the
 * platform's own changelog, no row-level security) the same plate's right in another municipality is never seen.
 * On PostgreSQL row-level security checks it again (SecurityAndIsolationIT, EnforcementIT).
 */
class RightLookupTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final PlateNumber PLATE =
            PlateNumber.parse("1-ABC-123", null).orElseThrow();

    private Connection connection;

    private MigratedH2 database;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.withMunicipalities("71016", "11002");
        connection = database.connection();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private void right(String tenant, String zone) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into parking_right (id, tenant_id, kind, "
                        + "plate, country, zone_code, valid_from, valid_to, revealable, idempotency_key, version, created_at, "
                        + "updated_at) values (?, ?, 'WHITELIST', ?, ?, ?, ?, ?, true, ?, 1, current_timestamp, current_timestamp)")) {
            String id = UUID.randomUUID().toString();
            insert.setString(1, id);
            insert.setString(2, tenant);
            insert.setString(3, PLATE.normalized());
            insert.setString(4, PLATE.country());
            insert.setString(5, zone);
            insert.setObject(6, NOW.minusSeconds(3600).atOffset(ZoneOffset.UTC));
            insert.setObject(7, NOW.plusSeconds(3600).atOffset(ZoneOffset.UTC));
            insert.setString(8, "test:" + id);
            insert.executeUpdate();
        }
    }

    @Test
    void aRightOfTheSamePlateInAnotherMunicipalityIsNeverSeen() throws Exception {
        right("71016", "GNK-BLAUW-CENTRUM");
        right("11002", "ANT-ROOD-CENTRUM");
        right("11002", null);

        List<RightRow> inAnyZone = RightLookup.rows(connection, "71016", PLATE, null, List.of(), NOW, NOW);
        assertThat(inAnyZone).extracting(RightRow::zoneCode).containsExactly("GNK-BLAUW-CENTRUM");

        List<RightRow> inNamedZones = RightLookup.rows(
                connection,
                "71016",
                PLATE,
                List.of("GNK-BLAUW-CENTRUM", "ANT-ROOD-CENTRUM"),
                List.of("ANT-ROOD-CENTRUM"),
                NOW,
                NOW);
        assertThat(inNamedZones)
                .as("the other municipality's zone-bound and municipality-wide rights stay out")
                .extracting(RightRow::zoneCode)
                .containsExactly("GNK-BLAUW-CENTRUM");

        assertThat(RightLookup.rows(connection, "11002", PLATE, null, List.of(), NOW, NOW))
                .hasSize(2);
        assertThat(RightLookup.rows(connection, "23088", PLATE, null, List.of(), NOW, NOW))
                .as("a municipality without rights sees none")
                .isEmpty();
    }

    private static final PlateNumber OTHER =
            PlateNumber.parse("2-XYZ-987", null).orElseThrow();
    private static final PlateNumber DUTCH = PlateNumber.parse("1ABC123", "NL").orElseThrow();

    private void right(
            String tenant, PlateNumber plate, RightKind kind, String zone, Instant from, Instant to, Instant revokedAt)
            throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("insert into parking_right (id, tenant_id, kind, "
                + "plate, country, zone_code, valid_from, valid_to, revealable, idempotency_key, revoked_at, version, "
                + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, 1, current_timestamp, "
                + "current_timestamp)")) {
            String id = UUID.randomUUID().toString();
            insert.setString(1, id);
            insert.setString(2, tenant);
            insert.setString(3, kind.name());
            insert.setString(4, plate.normalized());
            insert.setString(5, plate.country());
            insert.setString(6, zone);
            insert.setObject(7, from.atOffset(ZoneOffset.UTC));
            insert.setObject(8, to.atOffset(ZoneOffset.UTC));
            insert.setString(9, "test:" + id);
            insert.setObject(10, revokedAt == null ? null : revokedAt.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    @Test
    void aChunksPlatesAreReadInOneQueryThatNamesItsTenant() throws Exception {
        right(
                "71016",
                PLATE,
                RightKind.WHITELIST,
                "GNK-BLAUW-CENTRUM",
                NOW.minusSeconds(60),
                NOW.plusSeconds(60),
                null);
        right("71016", OTHER, RightKind.VISITOR, null, NOW.minusSeconds(60), NOW.plusSeconds(120), null);
        right("71016", DUTCH, RightKind.VISITOR, null, NOW.minusSeconds(60), NOW.plusSeconds(180), null);
        right("11002", PLATE, RightKind.WHITELIST, null, NOW.minusSeconds(60), NOW.plusSeconds(240), null);
        right("11002", OTHER, RightKind.WHITELIST, null, NOW.minusSeconds(60), NOW.plusSeconds(240), null);
        CountingConnection counting = new CountingConnection(connection);

        Map<PlateNumber, List<RightLookup.PlateRow>> rows = RightLookup.rowsOfPlates(
                counting.connection(), "71016", Set.of(PLATE, OTHER), NOW.minusSeconds(900), NOW.plusSeconds(3600));

        assertThat(counting.executed()).as("one query for all the plates").isEqualTo(1);
        assertThat(rows.get(PLATE))
                .as("Antwerpen's rights of the same plate stay out; a Dutch plate of the same characters too")
                .extracting(r -> r.row().zoneCode())
                .containsExactly("GNK-BLAUW-CENTRUM");
        assertThat(rows.get(OTHER)).extracting(r -> r.row().kind()).containsExactly(RightKind.VISITOR);
    }

    /**
     * The chunk's filter in memory answers every question exactly as the plate check's own query does: rights of
     * every zone binding, kind, validity and revocation, asked at many moments, with many sets of zones.
     */
    @Test
    void theChunksFilterAnswersAsThePlateChecksQuery() throws Exception {
        Instant t = NOW;
        right("71016", PLATE, RightKind.RESIDENT_PERMIT, "Z-BLUE", t.minusSeconds(86_400), t.plusSeconds(86_401), null);
        right("71016", PLATE, RightKind.WHITELIST, null, t.minusSeconds(7_200), t.minusSeconds(301), null);
        right("71016", PLATE, RightKind.PAID_SESSION, "Z-PAID", t.minusSeconds(3_600), t.plusSeconds(1_802), null);
        right("71016", PLATE, RightKind.VISITOR, "Z-PAID", t.minusSeconds(600), t.plusSeconds(603), null);
        right("71016", PLATE, RightKind.PAID_SESSION, "Z-CORE", t.plusSeconds(60), t.plusSeconds(904), null);
        right(
                "71016",
                PLATE,
                RightKind.WHITELIST,
                "Z-CORE",
                t.minusSeconds(3_600),
                t.plusSeconds(3_605),
                t.minusSeconds(120));
        right("71016", PLATE, RightKind.VISITOR, "Z-OTHER", t.minusSeconds(60), t.plusSeconds(66), null);
        Map<PlateNumber, List<RightLookup.PlateRow>> read = RightLookup.rowsOfPlates(
                connection, "71016", Set.of(PLATE), t.minusSeconds(86_400), t.plusSeconds(86_400));
        List<List<String>> standings = java.util.Arrays.asList(
                null,
                List.of("Z-BLUE"),
                List.of("Z-PAID"),
                List.of("Z-BLUE", "Z-PAID"),
                List.of("Z-OTHER"),
                List.of("Z-NONE"));
        List<List<String>> coverings = List.of(List.of(), List.of("Z-CORE"), List.of("Z-PAID", "Z-CORE"));
        int compared = 0;
        for (long offset = -7_500; offset <= 7_500; offset += 150) {
            Instant moment = t.plusSeconds(offset);
            for (long grace : new long[] {0, 300, 900}) {
                Instant graceStart = moment.minusSeconds(grace);
                for (List<String> standing : standings) {
                    for (List<String> covering : standing == null ? List.of(List.<String>of()) : coverings) {
                        List<RightRow> expected =
                                RightLookup.rows(connection, "71016", PLATE, standing, covering, graceStart, moment);
                        assertThat(ReadAhead.matching(read.get(PLATE), standing, covering, graceStart, moment))
                                .as("at " + moment + ", grace from " + graceStart + ", in " + standing + ", "
                                        + covering)
                                .containsExactlyElementsOf(expected);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1_000);
    }
}
