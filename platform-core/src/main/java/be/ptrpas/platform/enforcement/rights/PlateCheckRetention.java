package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.background.Retention;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plate-check log is forgotten after {@code ptr.enforcement.check-log-hours} (48), and the look-up rows of rights
 * that ended or were revoked after {@code ptr.enforcement.retention-hours} (48): nobody needs to know any more which
 * car could park where.
 */
@ApplicationScoped
public class PlateCheckRetention implements Retention {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    @ConfigProperty(name = "ptr.enforcement.check-log-hours", defaultValue = "48")
    int checkLogHours;

    @Inject
    @ConfigProperty(name = "ptr.enforcement.retention-hours", defaultValue = "48")
    int enforcementHours;

    @Override
    public int purge(Instant now) {
        int checks = tenantEm.get()
                .createQuery("delete from PlateCheck c where c.checkedAt < :before")
                .setParameter("before", now.minus(Duration.ofHours(checkLogHours)))
                .executeUpdate();
        Instant ended = now.minus(Duration.ofHours(enforcementHours));
        int rights = tenantEm.get()
                .createQuery("delete from ParkingRight r where r.validTo < :before " + "or r.revokedAt < :before")
                .setParameter("before", ended)
                .executeUpdate();
        return checks + rights;
    }
}
