package be.ptrpas.platform.background;

import be.ptrpas.platform.callback.InboundEvent;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import be.ptrpas.platform.enforcement.ScanOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets what the platform no longer needs, at most once an hour per municipality: processed and failed callbacks
 * (their raw bodies carry phone numbers and plates) and plug-in failures older than {@code ptr.retention.days}
 * (default 30), the plate-check log after {@code ptr.enforcement.check-log-hours} (default 48), and uncharged scan
 * observations and ended rights after {@code ptr.enforcement.retention-hours} (default 48). The outbox is
 * kept: it is the record of what was sent.
 */
@ApplicationScoped
public class RetentionJob implements TenantJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final Duration EVERY = Duration.ofHours(1);

    @Inject
    Clock clock;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    RetentionJob self;

    @Inject
    @ConfigProperty(name = "ptr.retention.days", defaultValue = "30")
    int days;

    @Inject
    @ConfigProperty(name = "ptr.enforcement.check-log-hours", defaultValue = "48")
    int checkLogHours;

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
        Instant now = clock.instant();
        if (!due(nis, now)) {
            return;
        }
        lastRun.put(nis, now);
        int removed = self.purge(now.minus(Duration.ofDays(days)), now.minus(Duration.ofHours(checkLogHours)))
                + self.purgeEnforcement(now.minus(Duration.ofHours(enforcementHours)));
        if (removed > 0) {
            LOG.info(() -> "Retention for " + nis + ": " + removed + " old callbacks, plug-in failures and plate checks removed");
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant before, Instant checksBefore) {
        int callbacks = tenantEm.get().createQuery("delete from InboundEvent e where e.status <> :received "
                        + "and e.receivedAt < :before")
                .setParameter("received", InboundEvent.Status.RECEIVED).setParameter("before", before).executeUpdate();
        int failures = tenantEm.get().createQuery("delete from PluginFailure f where f.occurredAt < :before")
                .setParameter("before", before).executeUpdate();
        int checks = tenantEm.get().createQuery("delete from PlateCheck c where c.checkedAt < :before")
                .setParameter("before", checksBefore).executeUpdate();
        return callbacks + failures + checks;
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
