package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.ZoneUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** A zone named by rights that still count (now or later, not revoked) must not be deleted: they would go uncheckable. */
@ApplicationScoped
public class RightsZoneUsage implements ZoneUsage {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    Clock clock;

    @Override
    public Optional<String> refusalToDeleteZone(String zoneCode) {
        long live = tenantEm.get()
                .createQuery(
                        "select count(r) from ParkingRight r where r.zoneCode = :zone "
                                + "and r.validTo > :now and (r.revokedAt is null or r.revokedAt > :now)",
                        Long.class)
                .setParameter("zone", zoneCode)
                .setParameter("now", clock.instant())
                .getSingleResult();
        return live == 0
                ? Optional.empty()
                : Optional.of("Zone " + zoneCode + " is still named by " + live
                        + " parking right(s) valid now or later; let them end or revoke them first.");
    }
}
