package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.enforcement.card.DisabledCardRights;
import be.ptrpas.platform.enforcement.iod.IodCoverage;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsService;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsView;
import be.ptrpas.platform.zone.Zone;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The municipality's rights registry and the plate check on it. A right is one row per plate, so a check is one
 * indexed query on (plate, country, end of validity).
 */
@ApplicationScoped
@Transactional
public class RightsService {

    static final String AUDIT_TYPE = "parking-right";

    @Inject
    Clock clock;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    ZoneService zones;

    @Inject
    AuditLog audit;

    @Inject
    be.ptrpas.platform.security.Caller caller;

    @Inject
    EnforcementSettingsService settings;

    @Inject
    IodCoverage iod;

    @Inject
    DisabledCardRights disabledCards;

    @Inject
    PlateCheckLog checkLog;

    @Inject
    be.ptrpas.platform.tenancy.CurrentTenant currentTenant;

    /** A registered right and whether it was registered before under the same key. */
    public record Registered(RightView right, boolean existing) {
    }

    public Registered register(RightDetails details, String idempotencyKey) {
        IdempotencyKey.require(idempotencyKey);
        String fingerprint = IdempotencyKey.fingerprint(details);
        Optional<ParkingRight> earlier = tenantEm.get().createQuery(
                        "select r from ParkingRight r where r.idempotencyKey = :key", ParkingRight.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst();
        if (earlier.isPresent()) {
            IdempotencyKey.requireSameRequest(idempotencyKey, earlier.get().requestHash(), fingerprint, "another right");
            return new Registered(RightView.of(earlier.get()), true);
        }
        if (details == null) {
            throw ProblemException.invalid("body", "a right is required");
        }
        Violations v = new Violations();
        RightChecks.Checked checked = RightChecks.check(details, code -> zones.find(code).isPresent(), v);
        v.throwIfAny();
        PlateNumber plate = checked.plate();
        ParkingRight right = new ParkingRight(checked.kind(), plate.normalized(), plate.country(), details.zone(),
                details.validFrom(), details.validTo(), details.revealable() == null || details.revealable(),
                idempotencyKey, details.note()).withRequestHash(fingerprint);
        tenantEm.get().persist(right);
        tenantEm.get().flush();
        RightView view = RightView.of(right);
        audit.record("create", AUDIT_TYPE, right.id(), null, view);
        return new Registered(view, false);
    }

    /**
     * Grants the right a record of another feature carries (a parking session, an IOD permit for a plate, a permit),
     * in that record's transaction, so the check sees it as soon as the record is committed. Granting the same
     * (source, plate) again is a no-op.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grantFromSource(RightSource source, String sourceId, RightKind kind, PlateNumber plate, String zoneCode,
                                String areaId, Instant validFrom, Instant validTo, boolean revealable) {
        boolean known = fromSource(source, sourceId).stream()
                .anyMatch(r -> r.plate().equals(plate.normalized()) && r.country().equals(plate.country()));
        if (known) {
            return;
        }
        ParkingRight right = ParkingRight.fromSource(source, sourceId, kind, plate.normalized(), plate.country(), zoneCode,
                areaId, validFrom, validTo, revealable);
        tenantEm.get().persist(right);
        tenantEm.get().flush();
        audit.record("create", AUDIT_TYPE, right.id(), null, RightView.of(right));
    }

    /** Moves every right of a source to a new zone and period (a session extended, stopped early or corrected). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescheduleFromSource(RightSource source, String sourceId, String zoneCode, Instant validFrom,
                                     Instant validTo) {
        for (ParkingRight right : fromSource(source, sourceId)) {
            RightView before = RightView.of(right);
            right.reschedule(zoneCode, validFrom, validTo);
            tenantEm.get().flush();
            audit.record("reschedule", AUDIT_TYPE, right.id(), before, RightView.of(right));
        }
    }

    /** Ends every right of a source from {@code at} on (the source was revoked or cancelled); history stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeFromSource(RightSource source, String sourceId, Instant at) {
        for (ParkingRight right : fromSource(source, sourceId)) {
            if (right.revokedAt() == null) {
                RightView before = RightView.of(right);
                right.revoke(at);
                tenantEm.get().flush();
                audit.record("revoke", AUDIT_TYPE, right.id(), before, RightView.of(right));
            }
        }
    }

    /**
     * Whether a source has ever put a right for this plate in the registry (revoked or not): a source that corrects
     * its plate cannot get a revoked right back, so it must know.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean grantedFromSource(RightSource source, String sourceId, PlateNumber plate) {
        return fromSource(source, sourceId).stream()
                .anyMatch(r -> r.plate().equals(plate.normalized()) && r.country().equals(plate.country()));
    }

    private List<ParkingRight> fromSource(RightSource source, String sourceId) {
        return tenantEm.get().createQuery("select r from ParkingRight r where r.sourceType = :type and r.sourceId = :id",
                        ParkingRight.class)
                .setParameter("type", source).setParameter("id", sourceId).getResultList();
    }

    public RightView revoke(String id) {
        ParkingRight right = id == null ? null : tenantEm.get().find(ParkingRight.class, id);
        if (right == null) {
            throw ProblemException.notFound("No right " + id + ".");
        }
        RightView before = RightView.of(right);
        right.revoke(clock.instant());
        tenantEm.get().flush();
        RightView after = RightView.of(right);
        audit.record("revoke", AUDIT_TYPE, id, before, after);
        return after;
    }

    public List<RightView> forPlate(String plateText, String country) {
        PlateNumber plate = PlateNumber.parse(plateText, country)
                .orElseThrow(() -> ProblemException.invalid("plate", "is not a plate (e.g. 1-ABC-123)"));
        return tenantEm.get().createQuery("select r from ParkingRight r where r.plate = :plate and r.country = :country "
                        + "order by r.validTo desc", ParkingRight.class)
                .setParameter("plate", plate.normalized()).setParameter("country", plate.country())
                .setMaxResults(200).getResultStream().map(RightView::of).toList();
    }

    /** The plate check: a right in this zone (or in every zone) at this moment, or one that just ended. */
    public CheckResult check(String plateText, String country, String zoneCode, Double lat, Double lon, Instant at,
                             String device) {
        PlateNumber plate = PlateNumber.parse(plateText, country)
                .orElseThrow(() -> ProblemException.invalid("plate", "is not a plate (e.g. 1-ABC-123)"));
        Instant moment = at == null ? clock.instant() : at;
        CheckResult result = check(plate, zoneCode, lat, lon, moment);
        // Logged off the request path (batched); the answer does not wait for the log.
        checkLog.record(PlateCheckLog.Entry.of(currentTenant.require(), clock.instant(), caller.auditActor(), device,
                plate.normalized(), plate.country(), result.zone(), result.verdict(), lat, lon, moment));
        return result;
    }

    /** The recent checks, newest first, for the municipality's admin and the warden page. */
    public List<CheckLogEntry> recentChecks(int limit) {
        checkLog.awaitWritten(2_000);
        return tenantEm.get().createQuery("select c from PlateCheck c order by c.checkedAt desc", PlateCheck.class)
                .setMaxResults(limit).getResultStream().map(CheckLogEntry::of).toList();
    }

    /** One entry of the check log. */
    public record CheckLogEntry(Instant checkedAt, String actor, String device, String plate, String zone, String verdict,
                                Double lat, Double lon, Instant at) {
        static CheckLogEntry of(PlateCheck c) {
            return new CheckLogEntry(c.checkedAt(), c.actor(), c.device(), c.plate(), c.zoneCode(), c.verdict(),
                    c.latitude(), c.longitude(), c.checkedFor());
        }
    }

    /** One right in the offline export for handhelds. */
    public record ExportedRight(String plate, String country, String zone, String kind, Instant validUntil) {
    }

    /** A page of the export and where the next one starts (null at the end). */
    public record ExportPage(List<ExportedRight> items, String nextCursor) {
    }

    /** The export's cursor once it has reached the disabled-person cards: this prefix, then the last link's id. */
    static final String CARD_CURSOR = "card:";

    /**
     * The rights valid now in a zone (municipality-wide ones included), then the plates disabled-person cards cover
     * (valid in every zone of every municipality), for handhelds that must work offline, a page at a time in a stable
     * order: pass {@code nextCursor} back to get the next page.
     */
    public ExportPage export(String zoneCode, String cursor, int limit) {
        if (zoneCode == null || zones.find(zoneCode).isEmpty()) {
            throw ProblemException.invalid("zone", "name a zone of this municipality");
        }
        Instant now = clock.instant();
        List<ExportedRight> items = new ArrayList<>();
        boolean inCards = cursor != null && cursor.startsWith(CARD_CURSOR);
        if (!inCards) {
            List<ParkingRight> page = tenantEm.get().createQuery("select r from ParkingRight r where r.validFrom <= :now "
                            + "and r.validTo > :now and r.revokedAt is null and (r.zoneCode is null or r.zoneCode = :zone) "
                            + "and r.id > :cursor order by r.id", ParkingRight.class)
                    .setParameter("now", now).setParameter("zone", zoneCode).setParameter("cursor", cursor == null ? "" : cursor)
                    .setMaxResults(limit + 1).getResultList();
            if (page.size() > limit) {
                List<ParkingRight> rights = page.subList(0, limit);
                rights.forEach(r -> items.add(exported(r.plate(), r.country(), r.zoneCode(), r.kind(), r.revealable(),
                        r.validTo())));
                return new ExportPage(items, rights.get(rights.size() - 1).id());
            }
            page.forEach(r -> items.add(exported(r.plate(), r.country(), r.zoneCode(), r.kind(), r.revealable(),
                    r.validTo())));
        }
        int room = limit - items.size();
        if (room == 0) {
            return new ExportPage(items, CARD_CURSOR);
        }
        List<DisabledCardRights.CoveredPlate> cards = disabledCards.coveredPlates(now,
                inCards ? cursor.substring(CARD_CURSOR.length()) : "", room + 1);
        boolean more = cards.size() > room;
        List<DisabledCardRights.CoveredPlate> shown = more ? cards.subList(0, room) : cards;
        shown.forEach(c -> items.add(exported(c.plate(), c.country(), null, RightKind.DISABLED_CARD, true, c.validUntil())));
        return new ExportPage(items, more ? CARD_CURSOR + shown.get(shown.size() - 1).id() : null);
    }

    private static ExportedRight exported(String plate, String country, String zone, RightKind kind, boolean revealable,
                                          Instant validTo) {
        return new ExportedRight(PlateNumber.parse(plate, country).map(PlateNumber::display).orElse(plate), country, zone,
                revealable ? kind.name() : null, revealable ? validTo : null);
    }

    /** How far from a position outside every zone the check looks for the plate's rights. */
    static final double NEARBY_METRES = 250;

    private CheckResult check(PlateNumber plate, String zoneCode, Double lat, Double lon, Instant moment) {
        if (zoneCode != null) {
            Zone named = zones.findForCheck(zoneCode)
                    .orElseThrow(() -> ProblemException.invalid("zone", "no zone " + zoneCode + " in this municipality"));
            return verdictAt(plate, List.of(named), lat, lon, moment);
        }
        if (lat == null || lon == null) {
            throw ProblemException.invalid("zone", "give a zone code, or lat and lon");
        }
        List<Zone> containing = zones.zonesAtForCheck(lat, lon);
        return containing.isEmpty() ? verdictOutsideZones(plate, lat, lon, moment)
                : verdictAt(plate, containing, lat, lon, moment);
    }

    /**
     * Of overlapping zones, the one whose rules apply to a car without a right: the highest tier (the first by code
     * among equals).
     */
    public static Zone deciding(List<Zone> standing) {
        return standing.stream().max(java.util.Comparator.comparing(z -> z.tier() == null ? 0 : z.tier())).orElseThrow();
    }

    /**
     * The verdict for a car standing in these zones (all the zones at its position, or the one a warden names; never
     * none) and at a position, when known, at a moment, without logging a check: every right of the registry, an IOD
     * permit for any vehicle on that place, and a disabled-person card. A right counts wherever its zone holds the car,
     * whatever other zone overlaps there (a resident in their resident zone is not fined because a paid zone of a
     * higher tier overlaps it); the verdict names the zone that gave the right.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckResult verdictAt(PlateNumber plate, List<Zone> standing, Double lat, Double lon, Instant moment) {
        Zone deciding = deciding(standing);
        java.util.Map<String, Zone> byCode = new java.util.LinkedHashMap<>();
        standing.forEach(z -> byCode.put(z.code(), z));
        EnforcementSettingsView rules = settings.current();
        Instant graceStart = moment.minus(Duration.ofMinutes(rules.graceMinutes()));
        // A paid session in a zone of a higher tier counts here too, where the municipality says so.
        Integer lowestTier = standing.stream().map(Zone::tier).filter(java.util.Objects::nonNull)
                .min(Integer::compare).orElse(null);
        List<String> coveringSessionZones = rules.higherTierCoversLower() && lowestTier != null
                ? zones.codesAboveTierForCheck(lowestTier).stream().filter(c -> !byCode.containsKey(c)).toList()
                : List.of();
        List<Coverage> coverage = new ArrayList<>();
        for (RightRow row : rightsAt(plate, List.copyOf(byCode.keySet()), coveringSessionZones, graceStart, moment)) {
            Zone where = zoneOfRight(row, byCode, deciding);
            // An area-bound right (IOD for named plates) holds only on its place.
            if (row.areaId() == null || iod.holds(row.areaId(), lat, lon, zones.geometryOf(where))) {
                coverageOf(row, where.code(), moment).ifPresent(coverage::add);
            }
        }
        if (lat != null && lon != null && coverage.stream().noneMatch(Coverage::validNow)) {
            iod.anyVehiclePermitUntil(lat, lon, graceStart, moment).ifPresent(until -> coverage.add(new Coverage(
                    deciding.code(), RightKind.IOD, until, true, until.isAfter(moment), false)));
        }
        if (coverage.stream().noneMatch(Coverage::validNow)) {
            // A disabled-person card is valid in every municipality, wherever the car stands.
            disabledCards.validFor(plate, graceStart, moment).ifPresent(card -> coverage.add(new Coverage(
                    deciding.code(), RightKind.DISABLED_CARD, card.validUntil(), true, card.validNow(), false)));
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
        return standing.stream().filter(z -> z.kind() == Zone.Kind.BLUE && z.maxStayMinutes() != null)
                .map(Zone::maxStayMinutes).max(Integer::compare)
                .map(minutes -> new CheckResult(result.verdict(), result.plate(), result.country(), result.zone(),
                        result.at(), result.rightKind(), result.validUntil(), minutes, result.nearbyRights()))
                .orElse(result);
    }

    /**
     * Where a right counts among the zones the car stands in: its own zone; a municipality-wide right in the deciding
     * zone; a paid session of a higher tier in the highest-tier zone below it.
     */
    private Zone zoneOfRight(RightRow row, java.util.Map<String, Zone> standing, Zone deciding) {
        if (row.zoneCode() == null) {
            return deciding;
        }
        Zone own = standing.get(row.zoneCode());
        if (own != null) {
            return own;
        }
        int higherTier = zones.findForCheck(row.zoneCode()).map(Zone::tier).orElse(Integer.MAX_VALUE);
        return standing.values().stream().filter(z -> z.tier() != null && z.tier() < higherTier)
                .max(java.util.Comparator.comparing(Zone::tier)).orElse(deciding);
    }

    /** What a row of the registry means at a moment: valid, recently ended, or (revoked before it) nothing. */
    private static Optional<Coverage> coverageOf(RightRow row, String zone, Instant moment) {
        boolean revoked = row.revokedAt() != null && !row.revokedAt().isAfter(moment);
        if (revoked && !row.validTo().isAfter(moment)) {
            return Optional.empty();
        }
        return Optional.of(new Coverage(zone, row.kind(), row.validTo(), row.revealable(),
                row.validTo().isAfter(moment) && !revoked, revoked));
    }

    /**
     * A check by position where no zone lies: no right is needed there, except on the place of an IOD permit (an IOD
     * permit may be placed outside every zone and must be verifiable on its own place). Otherwise the verdict says no
     * regulated zone lies there and lists the plate's rights valid now in zones within {@link #NEARBY_METRES} (or in
     * every zone), so the warden can tell the driver where the right does count.
     */
    private CheckResult verdictOutsideZones(PlateNumber plate, double lat, double lon, Instant moment) {
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
            iod.anyVehiclePermitUntil(lat, lon, graceStart, moment).ifPresent(until -> onIodPlace.add(new Coverage(
                    null, RightKind.IOD, until, true, until.isAfter(moment), false)));
        }
        if (!onIodPlace.isEmpty()) {
            return verdict(plate, null, moment, rules.revealRightDetails(), onIodPlace);
        }
        List<CheckResult.NearbyRight> nearby = new ArrayList<>();
        for (RightRow row : rows) {
            boolean validNow = row.validTo().isAfter(moment) && (row.revokedAt() == null || row.revokedAt().isAfter(moment));
            boolean near = row.zoneCode() == null || zones.findForCheck(row.zoneCode())
                    .map(z -> zones.geometryOf(z).isNear(lat, lon, NEARBY_METRES)).orElse(false);
            if (validNow && row.areaId() == null && near) {
                nearby.add(nearbyRight(row.zoneCode(), row.kind(), row.validTo(), row.revealable(), rules));
            }
        }
        disabledCards.validFor(plate, moment, moment).filter(DisabledCardRights.CardRight::validNow).ifPresent(card ->
                nearby.add(nearbyRight(null, RightKind.DISABLED_CARD, card.validUntil(), true, rules)));
        return new CheckResult(CheckResult.NO_REGULATED_ZONE, plate.display(), plate.country(), null, moment, null, null,
                null, List.copyOf(nearby));
    }

    private static CheckResult.NearbyRight nearbyRight(String zone, RightKind kind, Instant validTo, boolean revealable,
                                                       EnforcementSettingsView rules) {
        boolean shown = rules.revealRightDetails() && revealable;
        return new CheckResult.NearbyRight(zone, shown ? kind.name() : null, shown ? validTo : null);
    }

    /** The columns of one right the verdict needs. */
    private record RightRow(String zoneCode, RightKind kind, Instant validTo, boolean revealable, Instant revokedAt,
                            String areaId) {
    }

    /**
     * The rights of this plate that may hold in these zones (null: in any zone) at this moment or until the grace
     * period's start: one indexed look-up ({@code tenant_id, plate, country, valid_to}). Plain JDBC on the
     * transaction's connection, not JPQL: it is the plate check's one query, and EclipseLink's query machinery cost
     * more CPU than the read itself. The tenant is named in the SQL as EclipseLink would name it; on PostgreSQL
     * row-level security checks it too.
     */
    private List<RightRow> rightsAt(PlateNumber plate, List<String> standing, List<String> coveringSessionZones,
                                    Instant graceStart, Instant moment) {
        StringBuilder sql = new StringBuilder("select zone_code, kind, valid_to, revealable, revoked_at, area_id "
                + "from parking_right where tenant_id = ? and plate = ? and country = ? and valid_to > ? "
                + "and valid_from <= ?");
        if (standing != null) {
            sql.append(" and (zone_code is null or zone_code in (").append(placeholders(standing.size())).append(")");
            if (!coveringSessionZones.isEmpty()) {
                sql.append(" or (kind = ? and zone_code in (").append(placeholders(coveringSessionZones.size()))
                        .append("))");
            }
            sql.append(")");
        }
        sql.append(" order by valid_to desc");
        try (java.sql.PreparedStatement query = tenantEm.connection().prepareStatement(sql.toString())) {
            int i = 0;
            query.setString(++i, currentTenant.require());
            query.setString(++i, plate.normalized());
            query.setString(++i, plate.country());
            query.setObject(++i, graceStart.atOffset(java.time.ZoneOffset.UTC));
            query.setObject(++i, moment.atOffset(java.time.ZoneOffset.UTC));
            if (standing != null) {
                for (String zone : standing) {
                    query.setString(++i, zone);
                }
                if (!coveringSessionZones.isEmpty()) {
                    query.setString(++i, RightKind.PAID_SESSION.name());
                    for (String higher : coveringSessionZones) {
                        query.setString(++i, higher);
                    }
                }
            }
            List<RightRow> rows = new ArrayList<>();
            try (java.sql.ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    java.time.OffsetDateTime revokedAt = result.getObject(5, java.time.OffsetDateTime.class);
                    rows.add(new RightRow(result.getString(1), RightKind.valueOf(result.getString(2)),
                            result.getObject(3, java.time.OffsetDateTime.class).toInstant(), result.getBoolean(4),
                            revokedAt == null ? null : revokedAt.toInstant(), result.getString(6)));
                }
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the rights of a plate failed", e);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** One thing that lets the car stand there, now or until a moment ago. */
    private record Coverage(String zone, RightKind kind, Instant validUntil, boolean revealable, boolean validNow,
                            boolean revoked) {
    }

    private static CheckResult verdict(PlateNumber plate, String zone, Instant moment, boolean reveal,
                                       List<Coverage> coverage) {
        Optional<Coverage> valid = coverage.stream().filter(Coverage::validNow)
                .max(java.util.Comparator.comparing(Coverage::validUntil));
        if (valid.isPresent()) {
            return result("RIGHT", plate, moment, valid.get(), reveal);
        }
        Optional<Coverage> ended = coverage.stream().filter(c -> !c.revoked())
                .max(java.util.Comparator.comparing(Coverage::validUntil));
        return ended.map(c -> result("RECENTLY_EXPIRED", plate, moment, c, reveal))
                .orElseGet(() -> new CheckResult("NO_RIGHT", plate.display(), plate.country(), zone, moment, null, null,
                        null, null));
    }

    private static CheckResult result(String verdict, PlateNumber plate, Instant at, Coverage coverage, boolean reveal) {
        boolean shown = reveal && coverage.revealable();
        return new CheckResult(verdict, plate.display(), plate.country(), coverage.zone(), at,
                shown ? coverage.kind().name() : null, shown ? coverage.validUntil() : null, null, null);
    }
}
