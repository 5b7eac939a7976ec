package be.ptrpas.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.it.ItDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sweep's cross-municipality question on PostgreSQL, as the platform's ordinary role (subject to row-level
 * security, like production's runtime role): the schema migrated by the platform's changelog, 300 municipalities, and
 * for each probe exactly the municipality with due work is named — the same answers as {@code TenantsWithWorkTest} on
 * H2 — while row-level security stays in force: the same role reading the table without a binding sees nothing, and
 * the binding of the caller's transaction is the same after the question as before. No Payara needed.
 */
class TenantsWithWorkIT {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final List<String> MUNICIPALITIES =
            IntStream.range(0, 300).mapToObj(i -> String.valueOf(10_000 + i)).toList();
    private static final String BUSY = "10150";
    private static final String IDLE = "10151";

    private static Connection app;

    @BeforeAll
    static void migrated() throws Exception {
        ItDatabase.freshSchemaFor(TenantsWithWorkIT.class);
        System.setProperty("liquibase.analytics.enabled", "false");
        app = ItDatabase.appConnection();
        DatabaseMigration.update(app);
        try (PreparedStatement insert = app.prepareStatement(
                "insert into tenant (nis_code, name_nl, languages, business_model, retribution_issuer, collector, "
                        + "enforcer, status, version, created_at, updated_at) values (?, 'T', 'nl', 'IN_HOUSE', "
                        + "'MUNICIPALITY', 'MUNICIPALITY', 'MUNICIPALITY', 'ACTIVE', 0, now(), now())")) {
            for (String nis : MUNICIPALITIES) {
                insert.setString(1, nis);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    /** Rows go in as the platform writes them: in a transaction bound to their municipality (RLS WITH CHECK). */
    private static void insertAs(String nis, String table, Map<String, Object> values) throws Exception {
        app.setAutoCommit(false);
        try {
            bind(nis);
            new WorkRows(app).insert(table, nis, values);
            app.commit();
        } finally {
            app.setAutoCommit(true);
        }
    }

    /** Empties a table as the superuser (row-level security would hide other municipalities' rows from the role). */
    private static void empty(String table) throws Exception {
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                Statement sql = admin.createStatement()) {
            sql.execute("delete from " + table);
        }
    }

    private static void bind(String nis) throws Exception {
        try (PreparedStatement bind = app.prepareStatement("select set_config('ptr.tenant_id', ?, true)")) {
            bind.setString(1, nis);
            bind.execute();
        }
    }

    @ParameterizedTest
    @EnumSource(WorkProbe.class)
    void namesOnlyTheMunicipalityWithDueWorkInsideRowLevelSecurity(WorkProbe probe) throws Exception {
        String table = WorkRows.table(probe);
        empty(table);
        for (Map<String, Object> notDue : WorkRows.notDue(probe, NOW)) {
            insertAs(IDLE, table, notDue);
        }
        assertThat(TenantsWithWork.find(app, true, probe, NOW))
                .as("nothing due anywhere")
                .isEmpty();

        insertAs(BUSY, table, WorkRows.due(probe, NOW));
        assertThat(TenantsWithWork.find(app, true, probe, NOW)).containsExactly(BUSY);

        try (Statement sql = app.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
            rows.next();
            assertThat(rows.getLong(1))
                    .as("the same role, unbound, reads no row of " + table + ": row-level security is in force")
                    .isZero();
        }
    }

    @Test
    void theCallersBindingIsTheSameAfterTheQuestion() throws Exception {
        empty("outbox_message");
        insertAs(BUSY, "outbox_message", WorkRows.due(WorkProbe.OUTBOX, NOW));
        app.setAutoCommit(false);
        try {
            bind(IDLE);
            assertThat(TenantsWithWork.find(app, true, WorkProbe.OUTBOX, NOW)).contains(BUSY);
            try (Statement sql = app.createStatement();
                    ResultSet setting = sql.executeQuery("select current_setting('ptr.tenant_id', true)")) {
                setting.next();
                assertThat(setting.getString(1)).isEqualTo(IDLE);
            }
            try (Statement sql = app.createStatement();
                    ResultSet rows =
                            sql.executeQuery("select count(*) from outbox_message where tenant_id = '" + BUSY + "'")) {
                rows.next();
                assertThat(rows.getLong(1)).as("still bound to " + IDLE).isZero();
            }
        } finally {
            app.rollback();
            app.setAutoCommit(true);
        }
    }
}
