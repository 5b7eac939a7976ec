package be.ptrpas.platform.audit;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
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
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The read audit's writer: {@link GroupCommit} (each caller waits for its record) over one JDBC transaction per
 * batch, a batch insert per municipality inside that municipality's row-level security ({@link TenantBatches}, as the
 * plate-check log). Durable by construction: {@link #record} returns only after the transaction holding the record has committed, and the read's answer is sent
 * only after {@link #record} returned — a crash before the commit means no answer was given. A record that cannot be
 * stored refuses the read (503) instead of answering it untraced.
 */
@ApplicationScoped
public class ReadJournal {

    private static final Logger LOG = Logger.getLogger(ReadJournal.class.getName());
    private static final String INSERT = "insert into personal_data_read (id, tenant_id, read_at, actor, actor_role, "
            + "resource, resource_id, query, purpose, purpose_stated, subject_key, version, created_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseInfo database;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ptr.audit.read-queue", defaultValue = "10000")
    int capacity;

    @Inject
    @ConfigProperty(name = "ptr.audit.read-timeout-millis", defaultValue = "5000")
    long timeoutMillis;

    private GroupCommit<ReadRecord> commits;

    @PostConstruct
    void start() {
        commits = new GroupCommit<>("read-audit", capacity, 1_000, this::store, threads);
    }

    @PreDestroy
    void stop() {
        commits.close();
    }

    /** Stores the record durably, or refuses the read with 503 service-unavailable. */
    void record(ReadRecord read) {
        try {
            commits.submit(read, Duration.ofMillis(timeoutMillis));
        } catch (GroupCommit.NotStored e) {
            LOG.log(
                    Level.WARNING,
                    "Read audit: a read of " + read.resource() + " was refused: " + e.getMessage(),
                    e.getCause());
            throw new ProblemException(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The read could not be recorded in the audit "
                            + "trail, so it is not answered; try again in a moment.");
        }
    }

    private void store(List<ReadRecord> batch) throws SQLException {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        TenantBatches.insert(dataSource, database.isPostgres(), INSERT, batch, ReadRecord::tenant, (insert, r) -> {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, r.tenant());
            insert.setObject(3, r.readAt().atOffset(ZoneOffset.UTC));
            insert.setString(4, r.actor());
            insert.setString(5, r.actorRole());
            insert.setString(6, r.resource());
            insert.setString(7, r.resourceId());
            insert.setString(8, r.query());
            insert.setString(9, r.purpose());
            insert.setBoolean(10, r.purposeStated());
            insert.setString(11, r.subjectKey());
            insert.setObject(12, now);
            insert.setObject(13, now);
        });
    }
}
