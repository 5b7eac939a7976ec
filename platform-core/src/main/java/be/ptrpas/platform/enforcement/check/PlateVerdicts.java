package be.ptrpas.platform.enforcement.check;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.enforcement.card.DisabledCardRights;
import be.ptrpas.platform.enforcement.check.RightLookup.RightRow;
import be.ptrpas.platform.enforcement.iod.IodCoverage;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.rights.RightKind;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsService;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsView;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.Zone;
import be.ptrpas.platform.zone.ZoneMap;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The verdict of the plate check, for a warden's check and for scan processing: the rights registry's rows for the
 * plate (one indexed query), an IOD permit for any vehicle on the place, a disabled-person card, and the zones where
 * the car stands. It reads the registry; it never changes it.
 */
@ApplicationScoped
public class PlateVerdicts {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    ZoneService zones;

    @Inject
    EnforcementSettingsService settings;

    @Inject
    IodCoverage iod;

    @Inject
    DisabledCardRights disabledCards;

    /** How far from a position outside every zone the check looks for the plate's rights. */
    static final double NEARBY_METRES = 250;

    /**
     * The verdict for a plate in a named zone or at a position, at a moment, without logging the check. The zones are
     * asked for once ({@link ZoneService#forCheck()}); everything after that reads the copy it returned. Runs in the
     * caller's transaction (no interceptor of its own: it is the hot path).
     */
    public CheckResult check(PlateNumber plate, String zoneCode, Double lat, Double lon, Instant moment) {
        ZoneMap map = zones.forCheck();
        if (zoneCode != null) {
            Zone named = map.find(zoneCode)
                    .orElseThrow(
                            () -> ProblemException.invalid("zone", "no zone " + zoneCode + " in this municipality"));
            return verdictAt(plate, map, List.of(named), lat, lon, moment);
        }
        if (lat == null || lon == null) {
            throw ProblemException.invalid("zone", "give a zone code, or lat and lon");
        }
        List<Zone> containing = map.at(lat, lon);
        return containing.isEmpty()
                ? verdictOutsideZones(plate, map, lat, lon, moment)
                : verdictAt(plate, map, containing, lat, lon, moment);
    }

    /**
     * Of overlapping zones, the one whose rules apply to a car without a right: the highest tier (the first by code
     * among equals).
     */
    public static Zone deciding(List<Zone> standing) {
        return standing.stream()
                .max(Comparator.comparing(z -> z.tier() == null ? 0 : z.tier()))
                .orElseThrow();
    }

    /**
     * The verdict for a car standing in these zones (all the zones at its position, or the one a warden names; never
     * none) and at a position, when known, at a moment, without logging a check: every right of the registry, an IOD
     * permit for any vehicle on that place, and a disabled-person card. A right counts wherever its zone holds the car,
     * whatever other zone overlaps there (a resident in their resident zone is not fined because a paid zone of a
     * higher tier overlaps it); the verdict names the zone that gave the right.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckResult verdictAt(
            PlateNumber plate, ZoneMap map, List<Zone> standing, Double lat, Double lon, Instant moment) {
        return verdictAt(plate, map, standing, lat, lon, moment, live);
    }

    /**
     * The same verdict, from the rights and cards a chunk of scan observations read at once ({@link #readAhead}):
     * what the chunk costs in queries does not grow with its observations.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckResult verdictAt(
            PlateNumber plate,
            ZoneMap map,
            List<Zone> standing,
            Double lat,
            Double lon,
            Instant moment,
            ReadAhead readAhead) {
        return verdictAt(plate, map, standing, lat, lon, moment, readAhead.registry());
    }

    /**
     * The rights and disabled-person cards of these plates that may count for a verdict at any moment from
     * {@code earliest} to {@code latest}: one query for the rights, one for the cards.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReadAhead readAhead(Set<PlateNumber> plates, Instant earliest, Instant latest) {
        Instant from = earliest.minus(Duration.ofMinutes(settings.current().graceMinutes()));
        try {
            return new ReadAhead(
                    Set.copyOf(plates),
                    RightLookup.rowsOfPlates(tenantEm.connection(), currentTenant.require(), plates, from, latest),
                    disabledCards.linksOf(plates, from, latest),
                    from,
                    latest,
                    live);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rights of " + plates.size() + " plates failed", e);
        }
    }

    /** One query per question: the plate check's own way. */
    private final ReadAhead.Registry live = new ReadAhead.Registry() {
        @Override
        public List<RightRow> rights(
                PlateNumber plate,
                List<String> standing,
                List<String> coveringSessionZones,
                Instant graceStart,
                Instant moment) {
            return rightsAt(plate, standing, coveringSessionZones, graceStart, moment);
        }

        @Override
        public Optional<DisabledCardRights.CardRight> card(PlateNumber plate, Instant graceStart, Instant moment) {
            return disabledCards.validFor(plate, graceStart, moment);
        }
    };

    private CheckResult verdictAt(
            PlateNumber plate,
            ZoneMap map,
            List<Zone> standing,
            Double lat,
            Double lon,
            Instant moment,
            ReadAhead.Registry registry) {
        Zone deciding = deciding(standing);
        Map<String, Zone> byCode = new LinkedHashMap<>();
        standing.forEach(z -> byCode.put(z.code(), z));
        EnforcementSettingsView rules = settings.current();
        Instant graceStart = moment.minus(Duration.ofMinutes(rules.graceMinutes()));
        // A paid session in a zone of a higher tier counts here too, where the municipality says so.
        Integer lowestTier = standing.stream()
                .map(Zone::tier)
                .filter(Objects::nonNull)
                .min(Integer::compare)
                .orElse(null);
        List<String> coveringSessionZones = rules.higherTierCoversLower() && lowestTier != null
                ? map.codesAboveTier(lowestTier).stream()
                        .filter(c -> !byCode.containsKey(c))
                        .toList()
                : List.of();
        List<Coverage> coverage = new ArrayList<>();
        for (RightRow row :
                registry.rights(plate, List.copyOf(byCode.keySet()), coveringSessionZones, graceStart, moment)) {
            Zone where = zoneOfRight(row, map, byCode, deciding);
            // An area-bound right (IOD for named plates) holds only on its place.
            if (row.areaId() == null || iod.holds(row.areaId(), lat, lon, map.geometryOf(where))) {
                coverageOf(row, where.code(), moment).ifPresent(coverage::add);
            }
        }
        if (lat != null && lon != null && coverage.stream().noneMatch(Coverage::validNow)) {
            iod.anyVehiclePermitUntil(lat, lon, graceStart, moment)
                    .ifPresent(until -> coverage.add(
                            new Coverage(deciding.code(), RightKind.IOD, until, true, until.isAfter(moment), false)));
        }
        if (coverage.stream().noneMatch(Coverage::validNow)) {
            // A disabled-person card is valid in every municipality, wherever the car stands.
            registry.card(plate, graceStart, moment)
                    .ifPresent(card -> coverage.add(new Coverage(
                            deciding.code(),
                            RightKind.DISABLED_CARD,
                            card.validUntil(),
                            true,
                            card.validNow(),
                            false)));
        }
        CheckResult result = verdict(plate, deciding.code(), moment, rules.revealRightDetails(), coverage);
        return "RIGHT".equals(result.verdict()) ? result : withDisc(result, standing);
    }

    /**
     * In a blue zone a car without a right may still stand with a parking disc, up to the zone's maximum stay: the
     * verdict says so, unless a paid zone overlaps there (then paying is the rule).
     */
    private static CheckResult withDisc(CheckResult result, List<Zone> standing) {
        if (standing.stream().anyMatch(z -> z.kind() == Zone.Kind.PAID)) {
            return result;
        }
        return standing.stream()
                .filter(z -> z.kind() == Zone.Kind.BLUE && z.maxStayMinutes() != null)
                .map(Zone::maxStayMinutes)
                .max(Integer::compare)
                .map(minutes -> new CheckResult(
                        result.verdict(),
                        result.plate(),
                        result.country(),
                        result.zone(),
                        result.at(),
                        result.rightKind(),
                        result.validUntil(),
                        minutes,
                        result.nearbyRights()))
                .orElse(result);
    }

    /**
     * Where a right counts among the zones the car stands in: its own zone; a municipality-wide right in the deciding
     * zone; a paid session of a higher tier in the highest-tier zone below it.
     */
    private static Zone zoneOfRight(RightRow row, ZoneMap map, Map<String, Zone> standing, Zone deciding) {
        if (row.zoneCode() == null) {
            return deciding;
        }
        Zone own = standing.get(row.zoneCode());
        if (own != null) {
            return own;
        }
        int higherTier = map.find(row.zoneCode()).map(Zone::tier).orElse(Integer.MAX_VALUE);
        return standing.values().stream()
                .filter(z -> z.tier() != null && z.tier() < higherTier)
                .max(Comparator.comparing(Zone::tier))
                .orElse(deciding);
    }

    /** What a row of the registry means at a moment: valid, recently ended, or (revoked before it) nothing. */
    private static Optional<Coverage> coverageOf(RightRow row, String zone, Instant moment) {
        boolean revoked = row.revokedAt() != null && !row.revokedAt().isAfter(moment);
        if (revoked && !row.validTo().isAfter(moment)) {
            return Optional.empty();
        }
        return Optional.of(new Coverage(
                zone, row.kind(), row.validTo(), row.revealable(), row.validTo().isAfter(moment) && !revoked, revoked));
    }

    /**
     * A check by position where no zone lies: no right is needed there, except on the place of an IOD permit (an IOD
     * permit may be placed outside every zone and must be verifiable on its own place). Otherwise the verdict says no
     * regulated zone lies there and lists the plate's rights valid now in zones within {@link #NEARBY_METRES} (or in
     * every zone), so the warden can tell the driver where the right does count.
     */
    private CheckResult verdictOutsideZones(PlateNumber plate, ZoneMap map, double lat, double lon, Instant moment) {
        EnforcementSettingsView rules = settings.current();
        Instant graceStart = moment.minus(Duration.ofMinutes(rules.graceMinutes()));
        List<RightRow> rows = rightsAt(plate, null, List.of(), graceStart, moment);
        List<Coverage> onIodPlace = new ArrayList<>();
        for (RightRow row : rows) {
            if (row.areaId() != null && iod.holds(row.areaId(), lat, lon, null)) {
                coverageOf(row, null, moment).ifPresent(onIodPlace::add);
            }
        }
        if (onIodPlace.stream().noneMatch(Coverage::validNow)) {
            iod.anyVehiclePermitUntil(lat, lon, graceStart, moment)
                    .ifPresent(until -> onIodPlace.add(
                            new Coverage(null, RightKind.IOD, until, true, until.isAfter(moment), false)));
        }
        if (!onIodPlace.isEmpty()) {
            return verdict(plate, null, moment, rules.revealRightDetails(), onIodPlace);
        }
        List<CheckResult.NearbyRight> nearby = new ArrayList<>();
        for (RightRow row : rows) {
            boolean validNow = row.validTo().isAfter(moment)
                    && (row.revokedAt() == null || row.revokedAt().isAfter(moment));
            boolean near = row.zoneCode() == null
                    || map.find(row.zoneCode())
                            .map(z -> map.geometryOf(z).isNear(lat, lon, NEARBY_METRES))
                            .orElse(false);
            if (validNow && row.areaId() == null && near) {
                nearby.add(nearbyRight(row.zoneCode(), row.kind(), row.validTo(), row.revealable(), rules));
            }
        }
        disabledCards
                .validFor(plate, moment, moment)
                .filter(DisabledCardRights.CardRight::validNow)
                .ifPresent(
                        card -> nearby.add(nearbyRight(null, RightKind.DISABLED_CARD, card.validUntil(), true, rules)));
        return new CheckResult(
                CheckResult.NO_REGULATED_ZONE,
                plate.display(),
                plate.country(),
                null,
                moment,
                null,
                null,
                null,
                List.copyOf(nearby));
    }

    private static CheckResult.NearbyRight nearbyRight(
            String zone, RightKind kind, Instant validTo, boolean revealable, EnforcementSettingsView rules) {
        boolean shown = rules.revealRightDetails() && revealable;
        return new CheckResult.NearbyRight(zone, shown ? kind.name() : null, shown ? validTo : null);
    }

    private List<RightRow> rightsAt(
            PlateNumber plate,
            List<String> standing,
            List<String> coveringSessionZones,
            Instant graceStart,
            Instant moment) {
        try {
            return RightLookup.rows(
                    tenantEm.connection(),
                    currentTenant.require(),
                    plate,
                    standing,
                    coveringSessionZones,
                    graceStart,
                    moment);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rights of a plate failed", e);
        }
    }

    /** One thing that lets the car stand there, now or until a moment ago. */
    private record Coverage(
            String zone, RightKind kind, Instant validUntil, boolean revealable, boolean validNow, boolean revoked) {}

    private static CheckResult verdict(
            PlateNumber plate, String zone, Instant moment, boolean reveal, List<Coverage> coverage) {
        Optional<Coverage> valid =
                coverage.stream().filter(Coverage::validNow).max(Comparator.comparing(Coverage::validUntil));
        if (valid.isPresent()) {
            return result("RIGHT", plate, moment, valid.get(), reveal);
        }
        Optional<Coverage> ended =
                coverage.stream().filter(c -> !c.revoked()).max(Comparator.comparing(Coverage::validUntil));
        return ended.map(c -> result("RECENTLY_EXPIRED", plate, moment, c, reveal))
                .orElseGet(() -> new CheckResult(
                        "NO_RIGHT", plate.display(), plate.country(), zone, moment, null, null, null, null));
    }

    private static CheckResult result(
            String verdict, PlateNumber plate, Instant at, Coverage coverage, boolean reveal) {
        boolean shown = reveal && coverage.revealable();
        return new CheckResult(
                verdict,
                plate.display(),
                plate.country(),
                coverage.zone(),
                at,
                shown ? coverage.kind().name() : null,
                shown ? coverage.validUntil() : null,
                null,
                null);
    }
}
