package be.ptrpas.platform.enforcement;

import be.ptrpas.platform.background.Retention;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Observations of cars that were not charged (they had a right, stood outside every zone, were a blue zone's first
 * sighting or came too late) are forgotten after {@code ptr.enforcement.retention-hours} (48): nobody needs to know
 * any more where those cars were. Charged observations stay as the evidence of their charge.
 */
@ApplicationScoped
public class ScanRetention implements Retention {

    private static final List<String> UNCHARGED = List.of(
            ScanOutcome.COVERED.name(),
            ScanOutcome.FREE_PERIOD.name(),
            ScanOutcome.OUTSIDE_ZONES.name(),
            ScanOutcome.FIRST_SIGHTING.name(),
            ScanOutcome.TOO_LATE.name());

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    @ConfigProperty(name = "ptr.enforcement.retention-hours", defaultValue = "48")
    int hours;

    @Override
    public int purge(Instant now) {
        return tenantEm.get()
                .createQuery(
                        "delete from ScanObservation o where o.status in :uncharged " + "and o.observedAt < :before")
                .setParameter("uncharged", UNCHARGED)
                .setParameter("before", now.minus(Duration.ofHours(hours)))
                .executeUpdate();
    }
}
