package be.ptrpas.platform.enforcement.iod;

import be.ptrpas.platform.common.cache.BoundedCache;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.geo.ZoneGeometry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether an IOD permit covers the place a car stands, for the plate check and the scan processing. A permit's area
 * never changes, so parsed areas are cached by permit id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IodCoverage {

    private static final int CAPACITY = 10_000;

    private final BoundedCache<String, IodArea> areas = new BoundedCache<>(CAPACITY);

    @Inject
    TenantEntityManager tenantEm;

    /**
     * Whether a right bound to a permit's area holds for a car: at its position when known, otherwise when the area
     * lies in the zone the warden names.
     */
    public boolean holds(String permitId, Double lat, Double lon, ZoneGeometry zone) {
        Optional<IodArea> area = area(permitId);
        if (area.isEmpty()) {
            return false;
        }
        if (lat != null && lon != null) {
            return area.get().covers(lat, lon);
        }
        return zone != null && area.get().liesIn(zone);
    }

    /** A permit for any vehicle whose place holds this point, valid at {@code at} or ended after {@code graceStart}. */
    public Optional<IodPermit> anyVehiclePermitAt(double lat, double lon, Instant graceStart, Instant at) {
        return tenantEm.get().createQuery("select p from IodPermit p where p.anyVehicle = true and p.minLat <= :lat "
                        + "and p.maxLat >= :lat and p.minLon <= :lon and p.maxLon >= :lon and p.validFrom <= :at "
                        + "and p.validTo > :graceStart and (p.revokedAt is null or p.revokedAt > :at) "
                        + "order by p.validTo desc", IodPermit.class)
                .setParameter("lat", lat).setParameter("lon", lon).setParameter("at", at)
                .setParameter("graceStart", graceStart)
                .getResultStream()
                .filter(permit -> areas.get(permit.id(), id -> permit.area()).covers(lat, lon))
                .findFirst();
    }

    private Optional<IodArea> area(String permitId) {
        IodArea cached = areas.getIfPresent(permitId);
        if (cached != null) {
            return Optional.of(cached);
        }
        IodPermit permit = tenantEm.get().find(IodPermit.class, permitId);
        if (permit == null) {
            return Optional.empty();
        }
        IodArea area = permit.area();
        areas.put(permitId, area);
        return Optional.of(area);
    }
}
