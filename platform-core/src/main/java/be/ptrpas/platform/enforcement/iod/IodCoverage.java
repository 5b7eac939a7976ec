package be.ptrpas.platform.enforcement.iod;

import be.ptrpas.platform.common.cache.BoundedCache;
import be.ptrpas.platform.common.cache.TenantSnapshots;
import be.ptrpas.platform.tenancy.ChangeStamps;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.geo.ZoneGeometry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether an IOD permit covers the place a car stands, for the plate check and the scan processing. A permit's area
 * never changes, so parsed areas are cached by permit id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IodCoverage {

    private static final int CAPACITY = 10_000;

    /** Only bounds how long a change made outside the platform goes unseen: a change through it moves the stamp. */
    static final long SNAPSHOT_MILLIS = 60_000;
    /** Scan observations are processed up to 48 h after they were made (the default retention); a margin on top. */
    private static final Duration REACH_BACK = Duration.ofHours(72);

    private final BoundedCache<String, IodArea> areas = new BoundedCache<>(CAPACITY);

    private record AnyVehiclePermit(
            String id,
            double minLat,
            double maxLat,
            double minLon,
            double maxLon,
            Instant validFrom,
            Instant validTo,
            Instant revokedAt,
            IodArea area) {}

    /** A municipality's any-vehicle permits that ended after {@code endedAfter}. */
    private record Recent(List<AnyVehiclePermit> permits, Instant endedAfter) {}

    @Inject
    Clock clock;

    private final TenantSnapshots<Recent> snapshots = new TenantSnapshots<>(SNAPSHOT_MILLIS, () -> clock.millis());

    @Inject
    ChangeStamps stamps;

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

    /**
     * Until when a permit for any vehicle whose place holds this point covers a car there: valid at {@code at}, or
     * ended after {@code graceStart}; the latest-ending such permit. Asked on every check and every scan observation
     * that found no other right, so it reads from a per-municipality copy of the recent any-vehicle permits rather than
     * querying each time. The copy is read again after a permit is registered or revoked ({@link ChangeStamps}: at once
     * on this instance, within about a second on the others); a moment older than the copy reaches back is looked up
     * in the database.
     */
    public Optional<Instant> anyVehiclePermitUntil(double lat, double lon, Instant graceStart, Instant at) {
        Recent recent = stamps.copy(snapshots, readAt -> {
            Instant endedAfter = Instant.ofEpochMilli(readAt).minus(REACH_BACK);
            return new Recent(anyVehiclePermitsEndedAfter(endedAfter), endedAfter);
        });
        List<AnyVehiclePermit> candidates =
                graceStart.isAfter(recent.endedAfter()) ? recent.permits() : anyVehiclePermitsEndedAfter(graceStart);
        return candidates.stream()
                .filter(p -> p.minLat() <= lat
                        && p.maxLat() >= lat
                        && p.minLon() <= lon
                        && p.maxLon() >= lon
                        && !p.validFrom().isAfter(at)
                        && p.validTo().isAfter(graceStart)
                        && (p.revokedAt() == null || p.revokedAt().isAfter(at)))
                .sorted(Comparator.comparing(AnyVehiclePermit::validTo).reversed())
                .filter(p -> p.area().covers(lat, lon))
                .map(AnyVehiclePermit::validTo)
                .findFirst();
    }

    private List<AnyVehiclePermit> anyVehiclePermitsEndedAfter(Instant endedAfter) {
        return tenantEm.get()
                .createQuery(
                        "select p from IodPermit p where p.anyVehicle = true and p.validTo > :after", IodPermit.class)
                .setParameter("after", endedAfter)
                .getResultStream()
                .map(p -> new AnyVehiclePermit(
                        p.id(),
                        p.minLat(),
                        p.maxLat(),
                        p.minLon(),
                        p.maxLon(),
                        p.validFrom(),
                        p.validTo(),
                        p.revokedAt(),
                        areas.get(p.id(), id -> p.area())))
                .toList();
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
