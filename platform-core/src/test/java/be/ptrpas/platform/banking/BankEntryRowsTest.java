package be.ptrpas.platform.banking;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.persistence.MigratedH2;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bank entry writer on the embedded database (H2 in PostgreSQL mode, migrated by the platform's own changelog): a
 * key is a municipality's own, the look-up of known keys never sees another municipality's entries, and the database
 * refuses the same key twice in one municipality. PostgreSQL's path (with row-level security) is proven by
 * BankStatementIT.
 */
class BankEntryRowsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    private MigratedH2 database;
    private Connection connection;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.withMunicipalities("71016", "11002");
        connection = database.connection();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    static BankEntryRows.Row row(String key, long cents) {
        StatementTransaction t = new StatementTransaction(
                key,
                "S-1",
                "BE68539007547034",
                "1",
                LocalDate.of(2026, 12, 4),
                null,
                cents,
                "EUR",
                true,
                false,
                true,
                RemittanceReference.ogm("202600000192"),
                "JAN PEETERS",
                "BE71096123456769",
                "+++202/6000/00192+++",
                false,
                null);
        return new BankEntryRows.Row(
                UUID.randomUUID().toString(),
                "import-1",
                t,
                BankStatementService.fingerprint(t),
                BankEntry.Outcome.REVIEW,
                "matches nothing",
                null,
                null,
                0);
    }

    @Test
    void knownKeysAreTheMunicipalitysOwn() throws Exception {
        BankEntryRows.insert(connection, "71016", List.of(row("K|1", 2450), row("K|2", 1000)), NOW);

        Map<String, BankEntryRows.Known> genk =
                BankEntryRows.existing(connection, false, "71016", List.of("K|1", "K|3"));
        Map<String, BankEntryRows.Known> antwerpen =
                BankEntryRows.existing(connection, false, "11002", List.of("K|1", "K|2"));

        assertThat(genk).containsOnlyKeys("K|1");
        assertThat(genk.get("K|1").outcome()).isEqualTo("REVIEW");
        assertThat(genk.get("K|1").fingerprint())
                .isEqualTo(BankStatementService.fingerprint(row("K|1", 2450).transaction()))
                .isNotEqualTo(BankStatementService.fingerprint(row("K|1", 2451).transaction()));
        assertThat(antwerpen).isEmpty();

        // The same key in another municipality is that municipality's own entry.
        BankEntryRows.insert(connection, "11002", List.of(row("K|1", 2450)), NOW);
        assertThat(BankEntryRows.existing(connection, false, "11002", List.of("K|1")))
                .containsOnlyKeys("K|1");
        try (Statement sql = connection.createStatement();
                ResultSet count = sql.executeQuery(
                        "select tenant_id, count(*) from bank_entry group by tenant_id " + "order by tenant_id")) {
            assertThat(count.next()).isTrue();
            assertThat(count.getString(1)).isEqualTo("11002");
            assertThat(count.getInt(2)).isEqualTo(1);
            assertThat(count.next()).isTrue();
            assertThat(count.getInt(2)).isEqualTo(2);
        }
    }

    @Test
    void theDatabaseRefusesAKeyTwiceInOneMunicipality() throws Exception {
        BankEntryRows.insert(connection, "71016", List.of(row("K|1", 2450)), NOW);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> BankEntryRows.insert(connection, "71016", List.of(row("K|1", 2450)), NOW))
                .isInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void looksUpMoreKeysThanOneStatementTakes() throws Exception {
        List<BankEntryRows.Row> rows = java.util.stream.IntStream.range(0, 1_200)
                .mapToObj(i -> row("K|" + i, 100 + i))
                .toList();
        BankEntryRows.insert(connection, "71016", rows, NOW);
        assertThat(BankEntryRows.existing(
                        connection,
                        false,
                        "71016",
                        rows.stream().map(r -> r.transaction().key()).toList()))
                .hasSize(1_200);
    }
}
