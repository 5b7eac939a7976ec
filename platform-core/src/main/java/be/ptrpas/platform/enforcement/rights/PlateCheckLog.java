package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plate-check log, written off the request path: a check puts its entry in a bounded queue and answers; one
 * writer thread stores the queued entries in batches (one JDBC batch per municipality, inside that municipality's
 * row-level security). Nothing is lost silently: an entry that finds the queue full, or whose batch cannot be stored,
 * is counted and logged ({@link #dropped()}, {@link #failed()}). Reading the log first waits briefly for the entries
 * queued before the read, so on one instance a check is in the log as soon as its answer is out.
 */
@ApplicationScoped
public class PlateCheckLog {

    private static final Logger LOG = Logger.getLogger(PlateCheckLog.class.getName());
    private static final int BATCH = 5_000;
    /**
     * How long the writer keeps collecting before it stores what it has. Entries are stored per municipality (one
     * statement binding the municipality, one multi-row insert), so a busy platform's checks spread over hundreds of
     * municipalities cost two statements per check when written at once, and a few per municipality when collected
     * for a moment. A reader of the log cuts the moment short ({@link #awaitWritten}).
     */
    private static final long LINGER_MILLIS = 250;
    private static final String INSERT = "insert into plate_check (id, tenant_id, checked_at, actor, device, plate, country, "
            + "zone_code, verdict, latitude, longitude, checked_for, version, created_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";

    /** One check as asked and answered. */
    record Entry(String tenant, Instant checkedAt, String actor, String device, String plate, String country, String zone,
                 String verdict, Double lat, Double lon, Instant checkedFor) {
        /** Cut to the columns' sizes, as {@link PlateCheck} does; a blank device is none. */
        static Entry of(String tenant, Instant checkedAt, String actor, String device, String plate, String country,
                        String zone, String verdict, Double lat, Double lon, Instant checkedFor) {
            return new Entry(tenant, checkedAt, actor.length() <= 200 ? actor : actor.substring(0, 200),
                    device == null || device.isBlank() ? null : device.length() <= 100 ? device : device.substring(0, 100),
                    plate, country, zone, verdict, lat, lon, checkedFor);
        }
    }

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    DatabaseInfo database;

    @Inject
    @ConfigProperty(name = "ptr.enforcement.check-log.queue", defaultValue = "100000")
    int capacity;

    private BlockingQueue<Entry> queue;
    private Thread writer;
    private volatile boolean stopping;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Object progress = new Object();
    private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();

    /** Queues a check for the log; never blocks the check. */
    void record(Entry entry) {
        if (queue.offer(entry)) {
            queued.incrementAndGet();
        } else {
            long n = dropped.incrementAndGet();
            if (Long.bitCount(n) == 1) { // 1, 2, 4, 8, … : loud at first, then ever rarer
                LOG.warning("Plate-check log queue full (" + capacity + "): " + n + " check(s) not logged so far");
            }
        }
    }

    /** Waits (at most the given time) until every entry queued before this call has been stored or given up on. */
    void awaitWritten(long timeoutMillis) {
        long target = queued.get();
        long deadline = System.nanoTime() / 1_000_000 + timeoutMillis;
        waiting.incrementAndGet();
        try {
            synchronized (progress) {
                long left;
                while (done.get() < target && (left = deadline - System.nanoTime() / 1_000_000) > 0) {
                    try {
                        progress.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Checks not logged because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Checks not logged because their batch could not be stored. */
    public long failed() {
        return failed.get();
    }

    @PostConstruct
    void start() {
        queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        writer = threads.newThread(this::run);
        writer.setName("plate-check-log");
        writer.setDaemon(true);
        writer.start();
    }

    private void run() {
        List<Entry> batch = new ArrayList<>(BATCH);
        while (!stopping || !queue.isEmpty()) {
            try {
                Entry first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                long until = System.nanoTime() / 1_000_000 + LINGER_MILLIS;
                long left;
                while (batch.size() < BATCH && waiting.get() == 0 && !stopping
                        && (left = until - System.nanoTime() / 1_000_000) > 0) {
                    Entry next = queue.poll(left, TimeUnit.MILLISECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                    queue.drainTo(batch, BATCH - batch.size());
                }
                write(batch);
            } catch (InterruptedException e) {
                if (!stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Plate-check log writer", e);
            } finally {
                if (!batch.isEmpty()) {
                    done.addAndGet(batch.size());
                    batch.clear();
                    synchronized (progress) {
                        progress.notifyAll();
                    }
                }
            }
        }
    }

    private void write(List<Entry> batch) {
        Map<String, List<Entry>> byTenant = new LinkedHashMap<>();
        batch.forEach(e -> byTenant.computeIfAbsent(e.tenant(), t -> new ArrayList<>()).add(e));
        boolean postgres = database.isPostgres();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (Map.Entry<String, List<Entry>> tenant : byTenant.entrySet()) {
                    if (postgres) {
                        try (PreparedStatement bind = connection.prepareStatement("select set_config('ptr.tenant_id', ?, true)")) {
                            bind.setString(1, tenant.getKey());
                            bind.execute();
                        }
                    }
                    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        var now = clock.instant().atOffset(ZoneOffset.UTC);
                        for (Entry e : tenant.getValue()) {
                            insert.setString(1, UUID.randomUUID().toString());
                            insert.setString(2, e.tenant());
                            insert.setObject(3, e.checkedAt().atOffset(ZoneOffset.UTC));
                            insert.setString(4, e.actor());
                            insert.setString(5, e.device());
                            insert.setString(6, e.plate());
                            insert.setString(7, e.country());
                            insert.setString(8, e.zone());
                            insert.setString(9, e.verdict());
                            insert.setObject(10, e.lat(), java.sql.Types.DOUBLE);
                            insert.setObject(11, e.lon(), java.sql.Types.DOUBLE);
                            if (e.checkedFor() == null) {
                                insert.setNull(12, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                            } else {
                                insert.setObject(12, e.checkedFor().atOffset(ZoneOffset.UTC));
                            }
                            insert.setObject(13, now);
                            insert.setObject(14, now);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            long n = failed.addAndGet(batch.size());
            LOG.log(Level.WARNING, "Plate-check log: " + batch.size() + " check(s) could not be stored (" + n
                    + " so far)", e);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (writer != null) {
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long left = queue == null ? 0 : queue.size();
        if (left > 0) {
            LOG.warning("Plate-check log: " + left + " check(s) still queued at shut-down were not stored");
        }
    }
}
