package be.ptrpas.platform.enforcement;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets where cars were once nobody needs to know, at most once an hour per municipality: uncharged scan
 * observations and the look-up rows of ended rights after {@code ptr.enforcement.retention-hours} (default 48).
 * Enforcement's own retention, beside the platform's general one in {@code background}, so the background worker
 * does not depend on enforcement.
 */
@ApplicationScoped
public class EnforcementRetentionJob implements TenantJob {

    private static final Logger LOG = Logger.getLogger(EnforcementRetentionJob.class.getName());
    private static final Duration EVERY = Duration.ofHours(1);

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    EnforcementRetentionJob self;

    @Inject
    @ConfigProperty(name = "ptr.enforcement.retention-hours", defaultValue = "48")
    int enforcementHours;

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
        Instant now = Instant.now();
        if (!due(nis, now)) {
            return;
        }
        lastRun.put(nis, now);
        int removed = self.purgeEnforcement(now.minus(Duration.ofHours(enforcementHours)));
        if (removed > 0) {
            LOG.info(() -> "Retention for " + nis + ": " + removed + " old scan observations and ended rights removed");
        }
    }

    /**
     * Observations of cars that were not charged (they had a right, stood outside every zone, were a blue zone's
     * first sighting or came too late) and the look-up rows of rights that ended: nobody needs to know any more
     * where those cars were. Charged observations stay as the evidence of their charge.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeEnforcement(Instant before) {
        int observations = tenantEm.get().createQuery("delete from ScanObservation o where o.status in :uncharged "
                        + "and o.observedAt < :before")
                .setParameter("uncharged", List.of(ScanOutcome.COVERED.name(), ScanOutcome.FREE_PERIOD.name(), ScanOutcome.OUTSIDE_ZONES.name(),
                        ScanOutcome.FIRST_SIGHTING.name(), ScanOutcome.TOO_LATE.name()))
                .setParameter("before", before).executeUpdate();
        int rights = tenantEm.get().createQuery("delete from ParkingRight r where r.validTo < :before "
                        + "or r.revokedAt < :before")
                .setParameter("before", before).executeUpdate();
        return observations + rights;
    }
}
