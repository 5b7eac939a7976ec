package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.enforcement.ScanObservation;
import be.ptrpas.platform.enforcement.session.ParkingFeeCalculator;
import be.ptrpas.platform.tariff.TariffView;
import be.ptrpas.platform.tenant.TenantView;
import be.ptrpas.platform.zone.Zone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one processing transaction learns once and uses for all its observations: the municipality, its retribution
 * tariffs per day, the paid hours per zone, and the sightings it settled itself. The transaction does not flush its
 * settled observations before each query (that made EclipseLink compare every observation changed so far, for every
 * observation), so a blue zone's earlier sighting in the same chunk is found here rather than in the database; the
 * sightings settled before the chunk, of its plates in blue zones, are read once for all of them and kept here too.
 */
final class ProcessingChunk {

    private final TenantView municipality;
    private final Map<LocalDate, List<TariffView>> retributionTariffs = new HashMap<>();
    private final Map<String, ParkingFeeCalculator> paidHours = new HashMap<>();
    /**
     * By plate and zone ({@link #key}): each observation asks for its own plate in its own zone, and a scan over all of
     * a chunk's sightings for each of its observations took a fifth of the processing's time.
     */
    private final Map<String, List<Instant>> sightings = new HashMap<>();

    private final Map<String, List<Instant>> stored = new HashMap<>();
    private Instant storedFrom;
    private Instant storedTo;

    ProcessingChunk(TenantView municipality) {
        this.municipality = municipality;
    }

    TenantView municipality() {
        return municipality;
    }

    List<TariffView> retributionTariffs(LocalDate day, Function<LocalDate, List<TariffView>> read) {
        return retributionTariffs.computeIfAbsent(day, read);
    }

    ParkingFeeCalculator paidHours(Zone zone, Function<Zone, ParkingFeeCalculator> read) {
        return paidHours.computeIfAbsent(zone.code(), code -> read.apply(zone));
    }

    /** Remembers where a settled observation placed its plate, for the blue-zone rule of later ones. */
    void settled(ScanObservation observation) {
        if (observation.plateNormalized() != null && observation.zoneCode() != null) {
            remember(sightings, observation.plateNormalized(), observation.zoneCode(), observation.observedAt());
        }
    }

    /** Whether this chunk already settled a sighting of the plate in the zone between the two moments. */
    boolean sawBefore(String plate, String zone, Instant from, Instant atOrBefore) {
        return seen(sightings, plate, zone, from, atOrBefore);
    }

    /**
     * Keeps the sightings the database held, settled before this chunk, of the chunk's plates in blue zones from
     * {@code from} to {@code to}: read in one query, so each observation need not ask on its own.
     */
    void storedSightings(List<Object[]> plateZoneAt, Instant from, Instant to) {
        plateZoneAt.forEach(row -> remember(stored, (String) row[0], (String) row[1], (Instant) row[2]));
        storedFrom = from;
        storedTo = to;
    }

    /**
     * Whether a sighting settled before this chunk lies between the two moments, when the stored ones read cover
     * them; empty when they do not (the caller asks the database).
     */
    Optional<Boolean> storedBefore(String plate, String zone, Instant from, Instant atOrBefore) {
        if (storedFrom == null || from.isBefore(storedFrom) || atOrBefore.isAfter(storedTo)) {
            return Optional.empty();
        }
        return Optional.of(seen(stored, plate, zone, from, atOrBefore));
    }

    private static boolean seen(
            Map<String, List<Instant>> among, String plate, String zone, Instant from, Instant atOrBefore) {
        List<Instant> seenAt = among.get(key(plate, zone));
        if (seenAt == null) {
            return false;
        }
        for (Instant at : seenAt) {
            if (!at.isBefore(from) && !at.isAfter(atOrBefore)) {
                return true;
            }
        }
        return false;
    }

    private static void remember(Map<String, List<Instant>> sightings, String plate, String zone, Instant at) {
        sightings.computeIfAbsent(key(plate, zone), k -> new ArrayList<>(2)).add(at);
    }

    private static String key(String plate, String zone) {
        return plate + '\n' + zone;
    }
}
