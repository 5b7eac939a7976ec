package be.ptrpas.platform.enforcement.check;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.enforcement.check.RightLookup.RightRow;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.persistence.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
}
