package be.ptrpas.platform.background;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

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
    Clock clock;

    @Inject
    RetentionJob self;

    private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();

    /** From memory, no query: the municipalities not purged within the hour. */
    @Override
    public Set<String> withWork(Collection<String> municipalities, Instant now) {
        return municipalities.stream().filter(nis -> due(nis, now)).collect(Collectors.toSet());
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
