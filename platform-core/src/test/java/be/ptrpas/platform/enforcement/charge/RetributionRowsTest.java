package be.ptrpas.platform.enforcement.charge;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.persistence.CountingConnection;
import be.ptrpas.platform.persistence.MigratedH2;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chunk's retributions are written in plain JDBC under the municipality named (on the embedded database, migrated by
 * the platform's own changelog, without row-level security): every row carries that tenant, another municipality's
 * retribution with the same source key and plate is neither touched nor in the way, and the chunk is one statement
 * however many it charged. PostgreSQL's path (one statement over arrays) is run by ScanEnforcementIT.
 */
class RetributionRowsTest {

    private static final Instant SEEN = Instant.parse("2026-12-07T10:00:00Z");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T11:00:00Z");
    private static final AtomicLong REFERENCES = new AtomicLong(100_000_000_000L);

    private MigratedH2 database;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.withMunicipalities("71016", "11002");
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    static Retribution retribution(String sourceKey, String plate, int seq, Retribution.Status status, String reason) {
        ChargeDraft draft = new ChargeDraft(
                sourceKey,
                PlateNumber.parse(plate, null).orElseThrow(),
                "GNK-BETAALD-CENTRUM",
                LocalDate.parse("2026-12-07"),
                SEEN,
                50.96,
                5.50,
                "photo-1",
                "PAID_ZONE_DAY",
                new BigDecimal("25.00"),
                "Genk (NIS 71016)",
                "Genk (NIS 71016)",
                LocalDate.parse("2026-12-22"));
        return new Retribution(draft, seq, String.valueOf(REFERENCES.incrementAndGet()), status, reason);
    }

    private int count(String where, String value) throws Exception {
        try (PreparedStatement query =
                database.connection().prepareStatement("select count(*) from retribution where " + where)) {
            query.setString(1, value);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void aChunksRetributionsAreOneStatementUnderTheMunicipalityNamed() throws Exception {
        RetributionRows.insert(
                database.connection(),
                false,
                "11002",
                List.of(new RetributionRows.Row(
                        UUID.randomUUID().toString(),
                        retribution("scan:p:1", "1-ABC-123", 1, Retribution.Status.ISSUED, null))),
                NOW);
        List<RetributionRows.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(new RetributionRows.Row(
                    UUID.randomUUID().toString(),
                    retribution(
                            "scan:p:" + i,
                            "1-ABC-123",
                            i,
                            i == 2 ? Retribution.Status.REVIEW : Retribution.Status.ISSUED,
                            i == 2 ? "charged shortly before" : null)));
        }
        CountingConnection counting = new CountingConnection(database.connection());

        RetributionRows.insert(counting.connection(), false, "71016", rows, NOW);

        assertThat(counting.executed()).as("one batch for the chunk").isEqualTo(1);
        assertThat(count("tenant_id = ?", "71016")).isEqualTo(40);
        assertThat(count("tenant_id = ?", "11002"))
                .as("Antwerpen's own, untouched")
                .isEqualTo(1);
        try (PreparedStatement query = database.connection()
                .prepareStatement("select tenant_id, source_key, plate, country, zone_code, charge_day, charge_seq, "
                        + "observed_at, amount, status, review_reason, holder_status, version, created_at from "
                        + "retribution where id = ?")) {
            query.setString(1, rows.get(1).id());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("71016");
                assertThat(row.getString(2)).isEqualTo("scan:p:2");
                assertThat(row.getString(3)).isEqualTo("1ABC123");
                assertThat(row.getString(4)).isEqualTo("BE");
                assertThat(row.getString(5)).isEqualTo("GNK-BETAALD-CENTRUM");
                assertThat(row.getObject(6, LocalDate.class)).isEqualTo(LocalDate.parse("2026-12-07"));
                assertThat(row.getInt(7)).isEqualTo(2);
                assertThat(row.getObject(8, OffsetDateTime.class).toInstant()).isEqualTo(SEEN);
                assertThat(row.getBigDecimal(9)).isEqualByComparingTo("25.00");
                assertThat(row.getString(10)).isEqualTo("REVIEW");
                assertThat(row.getString(11)).isEqualTo("charged shortly before");
                assertThat(row.getString(12)).isEqualTo("PENDING");
                assertThat(row.getLong(13)).isEqualTo(1);
                assertThat(row.getObject(14, OffsetDateTime.class).toInstant()).isEqualTo(NOW.toInstant());
            }
        }
    }
}
