package be.ptrpas.platform.enforcement.check;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseMigration;
import be.ptrpas.platform.persistence.GroupCommit;
import be.ptrpas.platform.persistence.TenantBatches;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plate-check log, written off the request path: a check offers its entry to the platform's batched writer
 * ({@link GroupCommit}, without waiting) and answers; the writer stores the queued entries in batches (one JDBC batch
 * per municipality, inside that municipality's row-level security, {@link TenantBatches}). Nothing is lost silently:
 * an entry that finds the queue full, or whose batch cannot be stored, is counted and logged ({@link #dropped()},
 * {@link #failed()}). Reading the log first waits briefly for the entries queued before the read, so on one instance
 * a check is in the log as soon as its answer is out.
 */
@ApplicationScoped
public class PlateCheckLog {

    private static final Logger LOG = Logger.getLogger(PlateCheckLog.class.getName());
    private static final int BATCH = 5_000;
    /**
     * How long the writer keeps collecting before it stores what it has. Entries are stored per municipality (one
     * statement binding the municipality, one batch insert), so a busy platform's checks spread over hundreds of
     * municipalities cost two statements per check when written at once, and a few per municipality when collected
     * for a moment. A reader of the log cuts the moment short ({@link #awaitWritten}).
     */
    private static final Duration LINGER = Duration.ofMillis(250);

    private static final String INSERT =
            "insert into plate_check (id, tenant_id, checked_at, actor, device, plate, country, "
                    + "zone_code, verdict, latitude, longitude, checked_for, version, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";

    /** One check as asked and answered. */
    record Entry(
            String tenant,
            Instant checkedAt,
            String actor,
            String device,
            String plate,
            String country,
            String zone,
            String verdict,
            Double lat,
            Double lon,
            Instant checkedFor) {
        /** Cut to the columns' sizes, as {@link PlateCheck} does; a blank device is none. */
        static Entry of(
                String tenant,
                Instant checkedAt,
                String actor,
                String device,
                String plate,
                String country,
                String zone,
                String verdict,
                Double lat,
                Double lon,
                Instant checkedFor) {
            return new Entry(
                    tenant,
                    checkedAt,
                    actor.length() <= 200 ? actor : actor.substring(0, 200),
                    device == null || device.isBlank()
                            ? null
                            : device.length() <= 100 ? device : device.substring(0, 100),
                    plate,
                    country,
                    zone,
                    verdict,
                    lat,
                    lon,
                    checkedFor);
        }
    }

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseInfo database;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ptr.enforcement.check-log.queue", defaultValue = "100000")
    int capacity;

    private GroupCommit<Entry> commits;
    private final AtomicLong dropped = new AtomicLong();

    /** Queues a check for the log; never blocks the check. */
    void record(Entry entry) {
        if (!commits.offer(entry)) {
            long n = dropped.incrementAndGet();
            if (Long.bitCount(n) == 1) { // 1, 2, 4, 8, … : loud at first, then ever rarer
                LOG.warning("Plate-check log queue full (" + capacity + "): " + n + " check(s) not logged so far");
            }
        }
    }

    /** Waits (at most the given time) until every entry queued before this call has been stored or given up on. */
    void awaitWritten(long timeoutMillis) {
        commits.awaitStored(timeoutMillis);
    }

    /** Checks not logged because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Checks not logged because their batch could not be stored. */
    public long failed() {
        return commits.failed();
    }

    @PostConstruct
    void start() {
        // A failed batch is counted as a whole, not retried entry by entry: the check answered long ago.
        commits = new GroupCommit<>("plate-check-log", capacity, BATCH, LINGER, false, this::write, threads);
    }

    private void write(List<Entry> batch) throws SQLException {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        TenantBatches.insert(dataSource, database.isPostgres(), INSERT, batch, Entry::tenant, (insert, e) -> {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, e.tenant());
            insert.setObject(3, e.checkedAt().atOffset(ZoneOffset.UTC));
            insert.setString(4, e.actor());
            insert.setString(5, e.device());
            insert.setString(6, e.plate());
            insert.setString(7, e.country());
            insert.setString(8, e.zone());
            insert.setString(9, e.verdict());
            insert.setObject(10, e.lat(), Types.DOUBLE);
            insert.setObject(11, e.lon(), Types.DOUBLE);
            if (e.checkedFor() == null) {
                insert.setNull(12, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                insert.setObject(12, e.checkedFor().atOffset(ZoneOffset.UTC));
            }
            insert.setObject(13, now);
            insert.setObject(14, now);
        });
    }

    @PreDestroy
    void stop() {
        if (commits != null) {
            commits.close();
        }
    }
}
