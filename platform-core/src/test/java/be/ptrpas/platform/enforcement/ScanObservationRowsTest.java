package be.ptrpas.platform.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.persistence.MigratedH2;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import be.ptrpas.spi.enforcement.Observation;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settling scan observations in plain JDBC names the tenant: on the embedded database (H2 in PostgreSQL mode, migrated
 * by the platform's own changelog, no row-level security) settling in one municipality never changes another's row,
 * even when asked for its id. PostgreSQL's path (one statement over arrays) has the same predicate and is run by
 * ScanEnforcementIT.
 */
class ScanObservationRowsTest {

    private static final Instant SEEN = Instant.parse("2026-12-07T10:00:00Z");

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

    private ScanObservation stored(String tenant, String observationId) throws Exception {
        ScanObservation o = new ScanObservation(
                "enforcement-scanfeed",
                "batch-1",
                new Observation(observationId, "car-1", "1ABC123", "BE", SEEN, 50.96, 5.50, null));
        ScanObservationRows.insertPortable(connection, tenant, List.of(o), OffsetDateTime.now(ZoneOffset.UTC));
        try (PreparedStatement id = connection.prepareStatement(
                "select id from scan_observation where tenant_id = ? and observation_id = ?")) {
            id.setString(1, tenant);
            id.setString(2, observationId);
            try (ResultSet row = id.executeQuery()) {
                row.next();
                Field field = TenantOwnedEntity.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(o, row.getString(1));
            }
        }
        return o;
    }

    private String status(String id) throws Exception {
        try (PreparedStatement read = connection.prepareStatement("select status from scan_observation where id = ?")) {
            read.setString(1, id);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    @Test
    void settlingInOneMunicipalityNeverChangesAnothersObservation() throws Exception {
        ScanObservation genk = stored("71016", "obs-genk");
        ScanObservation antwerpen = stored("11002", "obs-antwerpen");
        genk.settle(ScanOutcome.COVERED, "1ABC123", "GNK-BLAUW-CENTRUM", "a right", null);
        antwerpen.settle(ScanOutcome.COVERED, "1ABC123", "ANT-ROOD-CENTRUM", "a right", null);

        ScanObservationRows.settle(
                connection, false, "71016", List.of(genk, antwerpen), OffsetDateTime.now(ZoneOffset.UTC));

        assertThat(status(genk.id())).isEqualTo("COVERED");
        assertThat(status(antwerpen.id()))
                .as("Antwerpen's observation, named by id in Genk's batch")
                .isEqualTo("RECEIVED");
    }
}
