package be.ptrpas.platform.background;

import be.ptrpas.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Runs every feature's {@link Retention} for a municipality, at most once an hour: what they keep and for how long is
 * theirs to say (processed callbacks and plug-in failures for {@code ptr.retention.days}, the plate-check log, scan
 * observations and ended rights for hours). The outbox is kept: it is the record of what was sent.
 */
@ApplicationScoped
public class RetentionJob implements TenantJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final Duration EVERY = Duration.ofHours(1);

    @Inject
    Instance<Retention> retentions;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @Inject
    RetentionJob self;

    private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();

    /** From memory, no query: an idle sweep visit then costs nothing for this job. */
    @Override
    public boolean mayHaveWork(Instant now) {
        return due(currentTenant.require(), now);
    }

    private boolean due(String nis, Instant now) {
        Instant last = lastRun.get(nis);
        return last == null || !last.plus(EVERY).isAfter(now);
    }

    @Override
    public void runFor(String nis) {
        Instant now = clock.instant();
        if (!due(nis, now)) {
            return;
        }
        lastRun.put(nis, now);
        int removed = 0;
        for (Retention retention : retentions) {
            removed += self.purge(retention, now);
        }
        if (removed > 0) {
            int total = removed;
            LOG.info(() -> "Retention for " + nis + ": " + total + " old rows removed");
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Retention retention, Instant now) {
        return retention.purge(now);
    }
}
