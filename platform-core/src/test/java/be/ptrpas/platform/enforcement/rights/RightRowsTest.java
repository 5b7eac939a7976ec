package be.ptrpas.platform.enforcement.rights;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.persistence.MigratedH2;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch writer on the embedded database (H2 in PostgreSQL mode, migrated by the platform's own Liquibase
 * changelog): a reference is written once per municipality, a second time is skipped, and the same reference in
 * another municipality is that municipality's own. PostgreSQL's path is proven by EnforcementIT.
 */
class RightRowsTest {

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

    static RightRows.Row row(String ref, String plate) {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        return new RightRows.Row(
                UUID.randomUUID().toString(),
                ref,
                RightKind.RESIDENT_PERMIT,
                plate,
                "BE",
                null,
                now,
                now.plusSeconds(86_400),
                true,
                null);
    }

    @Test
    void aReferenceIsWrittenOncePerMunicipality() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        RightRows.Row first = row("old-1", "1ABC123");
        RightRows.Row second = row("old-2", "1ABC124");
        Set<String> written = RightRows.insert(connection, false, "71016", List.of(first, second), now);
        assertThat(written).containsExactlyInAnyOrder(first.id(), second.id());

        RightRows.Row again = row("old-1", "1ABC123");
        assertThat(RightRows.insert(connection, false, "71016", List.of(again), now))
                .as("the reference is taken")
                .isEmpty();
        assertThat(RightRows.existing(connection, false, "71016", List.of("old-1", "old-2", "old-3")))
                .isEqualTo(Map.of("old-1", first.id(), "old-2", second.id()));

        RightRows.Row elsewhere = row("old-1", "1ABC123");
        assertThat(RightRows.insert(connection, false, "11002", List.of(elsewhere), now))
                .containsExactly(elsewhere.id());
        assertThat(RightRows.existing(connection, false, "11002", List.of("old-1", "old-2")))
                .isEqualTo(Map.of("old-1", elsewhere.id()));
        try (Statement sql = connection.createStatement();
                ResultSet count = sql.executeQuery("select count(*) from parking_right where external_ref = 'old-1'")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(2);
        }
    }
}
