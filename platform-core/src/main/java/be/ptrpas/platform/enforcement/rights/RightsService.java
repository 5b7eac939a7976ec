package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.common.problem.ProblemType;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
        RightKind kind = null;
        if (v.required("kind", details.kind())) {
            // IOD rights follow their permit's place, card rights the card register: never registered by hand.
            List<RightKind> registrable = Arrays.stream(RightKind.values())
                    .filter(k -> k != RightKind.IOD && k != RightKind.DISABLED_CARD).toList();
            kind = registrable.stream().filter(k -> k.name().equals(details.kind())).findFirst().orElse(null);
            if (kind == null) {
                v.add("kind", "must be one of " + String.join(", ", registrable.stream().map(Enum::name).toList())
                        + " (IOD permits and disabled-person cards have their own registers)");
            }
        }
        Optional<PlateNumber> plate = Optional.empty();
        if (v.required("plate", details.plate())) {
            plate = PlateNumber.parse(details.plate(), details.country());
            if (plate.isEmpty()) {
                v.add("plate", "is not a plate of " + (details.country() == null ? "BE" : details.country())
                        + " (e.g. 1-ABC-123)");
            }
        }
        if (details.zone() != null && zones.find(details.zone()).isEmpty()) {
            v.add("zone", "no zone " + details.zone() + " in this municipality");
        }
        if (v.required("validFrom", details.validFrom()) & v.required("validTo", details.validTo())
                && !details.validTo().isAfter(details.validFrom())) {
            v.add("validTo", "must be after validFrom");
        }
        if (details.note() != null) {
            v.maxLength("note", details.note(), 300);
        }
        v.throwIfAny();
        ParkingRight right = new ParkingRight(kind, plate.get().normalized(), plate.get().country(), details.zone(),
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
        right.revoke(Instant.now());
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
        CheckResult result = check(plate, zoneCode, lat, lon, at);
        // Logged off the request path (batched); the answer does not wait for the log.
        checkLog.record(PlateCheckLog.Entry.of(currentTenant.require(), Instant.now(), caller.auditActor(), device,
                plate.normalized(), plate.country(), result.zone(), result.verdict()));
        return result;
    }

    /** The recent checks, newest first, for the municipality's admin and the warden page. */
    public List<CheckLogEntry> recentChecks(int limit) {
        checkLog.awaitWritten(2_000);
        return tenantEm.get().createQuery("select c from PlateCheck c order by c.checkedAt desc", PlateCheck.class)
                .setMaxResults(limit).getResultStream().map(CheckLogEntry::of).toList();
    }

    /** One entry of the check log. */
    public record CheckLogEntry(Instant checkedAt, String actor, String device, String plate, String zone, String verdict) {
        static CheckLogEntry of(PlateCheck c) {
            return new CheckLogEntry(c.checkedAt(), c.actor(), c.device(), c.plate(), c.zoneCode(), c.verdict());
        }
    }

    /** One right in the offline export for handhelds. */
    public record ExportedRight(String plate, String country, String zone, String kind, Instant validUntil) {
    }

    /** A page of the export and where the next one starts (null at the end). */
    public record ExportPage(List<ExportedRight> items, String nextCursor) {
    }

    /**
     * The rights valid now in a zone (municipality-wide ones included), for handhelds that must work offline, a page
     * at a time in a stable order: pass {@code nextCursor} back to get the next page.
     */
    public ExportPage export(String zoneCode, String cursor, int limit) {
        if (zoneCode == null || zones.find(zoneCode).isEmpty()) {
            throw ProblemException.invalid("zone", "name a zone of this municipality");
        }
        Instant now = Instant.now();
        List<ParkingRight> page = tenantEm.get().createQuery("select r from ParkingRight r where r.validFrom <= :now "
                        + "and r.validTo > :now and r.revokedAt is null and (r.zoneCode is null or r.zoneCode = :zone) "
                        + "and r.id > :cursor order by r.id", ParkingRight.class)
                .setParameter("now", now).setParameter("zone", zoneCode).setParameter("cursor", cursor == null ? "" : cursor)
                .setMaxResults(limit + 1).getResultList();
        boolean more = page.size() > limit;
        List<ParkingRight> items = more ? page.subList(0, limit) : page;
        return new ExportPage(items.stream().map(r -> new ExportedRight(
                        PlateNumber.parse(r.plate(), r.country()).map(PlateNumber::display).orElse(r.plate()), r.country(),
                        r.zoneCode(), r.revealable() ? r.kind().name() : null, r.revealable() ? r.validTo() : null)).toList(),
                more ? items.get(items.size() - 1).id() : null);
    }

    private CheckResult check(PlateNumber plate, String zoneCode, Double lat, Double lon, Instant at) {
        return verdictAt(plate, resolveZone(zoneCode, lat, lon), lat, lon, at == null ? Instant.now() : at);
    }

    /**
     * The verdict for a car standing in a zone (and at a position, when known) at a moment, without logging a
     * check: every right of the registry, an IOD permit for any vehicle on that place, and a disabled-person card.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckResult verdictAt(PlateNumber plate, Zone standing, Double lat, Double lon, Instant moment) {
        String zone = standing.code();
        EnforcementSettingsView rules = settings.current();
        Instant graceStart = moment.minus(Duration.ofMinutes(rules.graceMinutes()));
        // A paid session in a zone of a higher tier counts here too, where the municipality says so.
        List<String> coveringSessionZones = rules.higherTierCoversLower() && standing.tier() != null
                ? zones.codesAboveTierForCheck(standing.tier()) : List.of();
        List<Coverage> coverage = new ArrayList<>();
        for (RightRow row : rightsAt(plate, zone, coveringSessionZones, graceStart, moment)) {
            // An area-bound right (IOD for named plates) holds only on its place.
            if (row.areaId() == null || iod.holds(row.areaId(), lat, lon, zones.geometryOf(standing))) {
                boolean revoked = row.revokedAt() != null && !row.revokedAt().isAfter(moment);
                if (!revoked || row.validTo().isAfter(moment)) {
                    coverage.add(new Coverage(row.kind(), row.validTo(), row.revealable(),
                            row.validTo().isAfter(moment) && !revoked, revoked));
                }
            }
        }
        if (lat != null && lon != null && coverage.stream().noneMatch(Coverage::validNow)) {
            iod.anyVehiclePermitUntil(lat, lon, graceStart, moment).ifPresent(until -> coverage.add(new Coverage(
                    RightKind.IOD, until, true, until.isAfter(moment), false)));
        }
        if (coverage.stream().noneMatch(Coverage::validNow)) {
            // A disabled-person card is valid in every municipality, wherever the car stands.
            disabledCards.validFor(plate, graceStart, moment).ifPresent(card -> coverage.add(new Coverage(
                    RightKind.DISABLED_CARD, card.validUntil(), true, card.validNow(), false)));
        }
        return verdict(plate, zone, moment, rules.revealRightDetails(), coverage);
    }

    /** The columns of one right the verdict needs. */
    private record RightRow(RightKind kind, Instant validTo, boolean revealable, Instant revokedAt, String areaId) {
    }

    /**
     * The rights of this plate that may hold in this zone at this moment or until the grace period's start: one
     * indexed look-up ({@code tenant_id, plate, country, valid_to}). Plain JDBC on the transaction's connection, not
     * JPQL: it is the plate check's one query, and EclipseLink's query machinery cost more CPU than the read itself.
     * The tenant is named in the SQL as EclipseLink would name it; on PostgreSQL row-level security checks it too.
     */
    private List<RightRow> rightsAt(PlateNumber plate, String zone, List<String> coveringSessionZones,
                                    Instant graceStart, Instant moment) {
        StringBuilder sql = new StringBuilder("select kind, valid_to, revealable, revoked_at, area_id from parking_right "
                + "where tenant_id = ? and plate = ? and country = ? and valid_to > ? and valid_from <= ? "
                + "and (zone_code is null or zone_code = ?");
        if (!coveringSessionZones.isEmpty()) {
            sql.append(" or (kind = ? and zone_code in (")
                    .append(String.join(", ", java.util.Collections.nCopies(coveringSessionZones.size(), "?")))
                    .append("))");
        }
        sql.append(") order by valid_to desc");
        try (java.sql.PreparedStatement query = tenantEm.connection().prepareStatement(sql.toString())) {
            int i = 0;
            query.setString(++i, currentTenant.require());
            query.setString(++i, plate.normalized());
            query.setString(++i, plate.country());
            query.setObject(++i, graceStart.atOffset(java.time.ZoneOffset.UTC));
            query.setObject(++i, moment.atOffset(java.time.ZoneOffset.UTC));
            query.setString(++i, zone);
            if (!coveringSessionZones.isEmpty()) {
                query.setString(++i, RightKind.PAID_SESSION.name());
                for (String higher : coveringSessionZones) {
                    query.setString(++i, higher);
                }
            }
            List<RightRow> rows = new ArrayList<>();
            try (java.sql.ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    java.time.OffsetDateTime revokedAt = result.getObject(4, java.time.OffsetDateTime.class);
                    rows.add(new RightRow(RightKind.valueOf(result.getString(1)),
                            result.getObject(2, java.time.OffsetDateTime.class).toInstant(), result.getBoolean(3),
                            revokedAt == null ? null : revokedAt.toInstant(), result.getString(5)));
                }
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the rights of a plate failed", e);
        }
    }

    /** One thing that lets the car stand there, now or until a moment ago. */
    private record Coverage(RightKind kind, Instant validUntil, boolean revealable, boolean validNow, boolean revoked) {
    }

    private static CheckResult verdict(PlateNumber plate, String zone, Instant moment, boolean reveal,
                                       List<Coverage> coverage) {
        Optional<Coverage> valid = coverage.stream().filter(Coverage::validNow)
                .max(java.util.Comparator.comparing(Coverage::validUntil));
        if (valid.isPresent()) {
            return result("RIGHT", plate, zone, moment, valid.get(), reveal);
        }
        Optional<Coverage> ended = coverage.stream().filter(c -> !c.revoked())
                .max(java.util.Comparator.comparing(Coverage::validUntil));
        return ended.map(c -> result("RECENTLY_EXPIRED", plate, zone, moment, c, reveal))
                .orElseGet(() -> new CheckResult("NO_RIGHT", plate.display(), plate.country(), zone, moment, null, null));
    }

    private static CheckResult result(String verdict, PlateNumber plate, String zone, Instant at, Coverage coverage,
                                      boolean reveal) {
        boolean shown = reveal && coverage.revealable();
        return new CheckResult(verdict, plate.display(), plate.country(), zone, at,
                shown ? coverage.kind().name() : null, shown ? coverage.validUntil() : null);
    }

    private Zone resolveZone(String zoneCode, Double lat, Double lon) {
        if (zoneCode != null) {
            return zones.findForCheck(zoneCode)
                    .orElseThrow(() -> ProblemException.invalid("zone", "no zone " + zoneCode + " in this municipality"));
        }
        if (lat == null || lon == null) {
            throw ProblemException.invalid("zone", "give a zone code, or lat and lon");
        }
        List<Zone> containing = zones.zonesAtForCheck(lat, lon);
        if (containing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "No zone of this municipality lies at " + lat + ", " + lon + ".");
        }
        // Overlapping zones: the highest tier decides where the car stands.
        return containing.stream().max(java.util.Comparator.comparing(z -> z.tier() == null ? 0 : z.tier()))
                .orElseThrow();
    }
}
