package be.ptrpas.platform.enforcement.check;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseMigration;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The check log written off the request path: batched, waited for by readers, and never losing entries silently. */
class PlateCheckLogTest {

    private String url;
    private static final Instant FOR = Instant.parse("2026-03-02T10:15:30Z");

    private Connection keepAlive;
    private PlateCheckLog log;

    @BeforeEach
    void database() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        url = "jdbc:h2:mem:checklog-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        try (Connection migration = DriverManager.getConnection(url, "sa", "")) {
            DatabaseMigration.update(migration);
        }
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute(
                    "insert into tenant (nis_code, name_nl, languages, business_model, retribution_issuer, collector, "
                            + "enforcer, status, version, created_at, updated_at) values ('71016', 'Genk', 'nl', 'IN_HOUSE', "
                            + "'MUNICIPALITY', 'MUNICIPALITY', 'MUNICIPALITY', 'ACTIVE', 0, current_timestamp, current_timestamp)");
        }
    }

    @AfterEach
    void close() throws Exception {
        if (log != null) {
            log.stop();
        }
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("SHUTDOWN");
        }
        keepAlive.close();
    }

    private PlateCheckLog log(int capacity, boolean writerRuns) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        PlateCheckLog created = new PlateCheckLog();
        created.dataSource = dataSource;
        created.capacity = capacity;
        created.clock = Clock.systemUTC();
        created.database = new DatabaseInfo() {
            @Override
            public boolean isPostgres() {
                return false;
            }
        };
        created.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                return new Thread(writerRuns ? r : () -> {});
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException();
            }
        };
        created.start();
        return created;
    }

    @Test
    void checksAreStoredInBatchesAndReadersWaitForThem() throws Exception {
        log = log(10_000, true);
        for (int i = 0; i < 1200; i++) {
            // Every third check is by position (one in six of those outside every zone), every check for a moment.
            boolean positioned = i % 3 == 0;
            log.record(PlateCheckLog.Entry.of(
                    "71016",
                    Instant.now(),
                    "warden-" + "x".repeat(300),
                    i % 2 == 0 ? " " : "dev-1",
                    "1ABC" + (100 + i % 900),
                    "BE",
                    positioned && i % 2 == 0 ? null : "GNK-BLAUW",
                    "NO_RIGHT",
                    positioned ? 50.9654 : null,
                    positioned ? 5.5008 : null,
                    FOR));
        }
        log.awaitWritten(10_000);
        try (Statement sql = keepAlive.createStatement();
                ResultSet rows =
                        sql.executeQuery("select count(*), max(length(actor)), count(device), count(latitude), "
                                + "count(longitude), count(zone_code), min(checked_for), max(checked_for), max(latitude) "
                                + "from plate_check where tenant_id = '71016'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1200);
            assertThat(rows.getInt(2)).as("actor cut to the column").isEqualTo(200);
            assertThat(rows.getLong(3)).as("a blank device is none").isEqualTo(600);
            assertThat(rows.getLong(4)).as("the position is kept").isEqualTo(400);
            assertThat(rows.getLong(5)).isEqualTo(400);
            assertThat(rows.getLong(6)).as("outside every zone: no zone").isEqualTo(1000);
            assertThat(rows.getObject(7, OffsetDateTime.class).toInstant())
                    .as("the moment checked for")
                    .isEqualTo(FOR);
            assertThat(rows.getObject(8, OffsetDateTime.class).toInstant()).isEqualTo(FOR);
            assertThat(rows.getDouble(9)).isEqualTo(50.9654);
        }
        assertThat(log.dropped()).isZero();
        assertThat(log.failed()).isZero();
    }

    @Test
    void aFullQueueCountsWhatItCouldNotLog() {
        log = log(2, false);
        for (int i = 0; i < 5; i++) {
            log.record(PlateCheckLog.Entry.of(
                    "71016", Instant.now(), "warden", null, "1ABC123", "BE", "GNK-BLAUW", "RIGHT", null, null, null));
        }
        assertThat(log.dropped()).isEqualTo(3);
    }

    @Test
    void aBatchThatCannotBeStoredIsCountedNotHidden() {
        log = log(100, true);
        log.record(PlateCheckLog.Entry.of(
                "99999", Instant.now(), "warden", null, "1ABC123", "BE", "X", "RIGHT", null, null, FOR));
        log.awaitWritten(10_000);
        assertThat(log.failed())
                .as("no such municipality: the foreign key refuses it")
                .isEqualTo(1);
    }
}
