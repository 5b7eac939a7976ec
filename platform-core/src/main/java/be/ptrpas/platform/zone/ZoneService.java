package be.ptrpas.platform.zone;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.cache.TenantSnapshots;
import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.permitrule.PermitRuleService;
import be.ptrpas.platform.tenancy.ChangeStamps;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.tenant.ConfigurationLock;
import be.ptrpas.platform.zone.geo.InvalidGeometryException;
import be.ptrpas.platform.zone.geo.ZoneGeometry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Zones of the current municipality: validated, audited, and looked up by point. */
@ApplicationScoped
@Transactional
public class ZoneService {

    static final String AUDIT_TYPE = "zone";

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    ConfigurationLock configurationLock;

    @Inject
    ChangeStamps stamps;

    @Inject
    AuditLog audit;

    @Inject
    ZoneGeometryCache geometries;

    @Inject
    Clock clock;

    @Inject
    PermitRuleService permitRules;

    @Inject
    @Any
    Instance<ZoneUsage> usages;

    public List<ZoneView> list() {
        return zones().stream().map(Zone::view).toList();
    }

    public ZoneView get(String code) {
        return require(code).view();
    }

    /**
     * The municipality's zones with their prepared geometries, for the plate check and scan processing: every check
     * asks, zones change rarely, so it is a copy read again after a change ({@link ChangeStamps}: at once on this
     * instance, within about a second on the others). One call gives the check all it needs of zones.
     */
    public ZoneMap forCheck() {
        return snapshot();
    }

    /** Only bounds how long a change made outside the platform goes unseen: a change through it moves the stamp. */
    static final long SNAPSHOT_MILLIS = 60_000;

    private final TenantSnapshots<ZoneMap> snapshots = new TenantSnapshots<>(SNAPSHOT_MILLIS, () -> clock.millis());

    private ZoneMap snapshot() {
        return stamps.copy(snapshots, readAt -> new ZoneMap(zones(), geometries::of));
    }

    public Optional<Zone> find(String code) {
        return tenantEm.get()
                .createQuery("select z from Zone z where z.code = :code", Zone.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public ZoneView create(ZoneDetails details) {
        configurationLock.acquire();
        ZoneGeometry geometry = validate(details);
        if (find(details.code()).isPresent()) {
            throw ProblemException.conflict("A zone with code " + details.code() + " already exists.");
        }
        Zone zone = new Zone(details.code());
        zone.apply(details, geometry);
        EntityManager em = tenantEm.get();
        em.persist(zone);
        em.flush();
        ZoneView view = zone.view();
        audit.record("create", AUDIT_TYPE, zone.code(), null, view);
        return view;
    }

    public ZoneView update(String code, ZoneDetails details, Long expectedVersion) {
        if (details != null && details.code() != null && !details.code().equals(code)) {
            throw ProblemException.invalid(
                    "code", "cannot be changed; it must equal the code in the path (" + code + ")");
        }
        ZoneDetails withCode = details == null
                ? null
                : new ZoneDetails(
                        code,
                        details.kind(),
                        details.name(),
                        details.tier(),
                        details.maxStayMinutes(),
                        details.enforcementRegime(),
                        details.geometry(),
                        details.streets(),
                        details.permitTypes());
        configurationLock.acquire();
        ZoneGeometry geometry = validate(withCode);
        Zone zone = require(code);
        Versions.check(expectedVersion, zone.version(), "Zone " + code);
        ZoneView before = zone.view();
        zone.apply(withCode, geometry);
        tenantEm.get().flush();
        ZoneView after = zone.view();
        audit.record("update", AUDIT_TYPE, code, before, after);
        return after;
    }

    public void delete(String code, Long expectedVersion) {
        configurationLock.acquire();
        Zone zone = require(code);
        // Tariffs pricing the zone, rights naming it (they would become uncheckable): they must end or go first.
        for (ZoneUsage usage : usages) {
            usage.refusalToDeleteZone(code).ifPresent(refusal -> {
                throw ProblemException.conflict(refusal);
            });
        }
        Versions.check(expectedVersion, zone.version(), "Zone " + code);
        ZoneView before = zone.view();
        tenantEm.get().remove(zone);
        tenantEm.get().flush();
        audit.record("delete", AUDIT_TYPE, code, before, null);
    }

    /** Zones whose polygon contains the point (boundary included), cheapest bounding-box test first. */
    public List<ZoneView> containing(double lat, double lon) {
        return zonesAt(lat, lon).stream().map(Zone::view).toList();
    }

    /** Whether any zone lists the permit type (a permit rule in use cannot be deleted). */
    public boolean usesPermitType(String permitType) {
        return zones().stream().anyMatch(zone -> zone.permitTypes().contains(permitType));
    }

    /** The zones at a point as entities, for callers that need more than the view (tier, regime). */
    public List<Zone> zonesAt(double lat, double lon) {
        return tenantEm.get()
                .createQuery(
                        "select z from Zone z where z.minLat <= :lat and z.maxLat >= :lat and z.minLon <= :lon "
                                + "and z.maxLon >= :lon order by z.code",
                        Zone.class)
                .setParameter("lat", lat)
                .setParameter("lon", lon)
                .getResultStream()
                .filter(zone -> geometries.of(zone).contains(lat, lon))
                .toList();
    }

    /** Codes of the zones of a higher tier than this one. */
    public List<String> codesAboveTier(int tier) {
        return tenantEm.get()
                .createQuery("select z.code from Zone z where z.tier > :tier", String.class)
                .setParameter("tier", tier)
                .getResultList();
    }

    public Set<String> codes() {
        return Set.copyOf(tenantEm.get()
                .createQuery("select z.code from Zone z", String.class)
                .getResultList());
    }

    private List<Zone> zones() {
        return tenantEm.get()
                .createQuery("select z from Zone z order by z.code", Zone.class)
                .getResultList();
    }

    private Zone require(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("No zone with code " + code + "."));
    }

    private ZoneGeometry validate(ZoneDetails details) {
        if (details == null) {
            throw ProblemException.invalid("body", "a zone is required");
        }
        Violations violations = new Violations();
        details.validate(violations);
        if (details.permitTypes() != null) {
            Set<String> known = permitRules.permitTypes();
            for (int i = 0; i < details.permitTypes().size(); i++) {
                String type = details.permitTypes().get(i);
                if (type != null && !known.contains(type)) {
                    violations.add("permitTypes[" + i + "]", "no permit rule with type " + type + " exists");
                }
            }
        }
        violations.throwIfAny();
        try {
            return ZoneGeometry.parse(details.geometry());
        } catch (InvalidGeometryException e) {
            List<FieldError> errors = e.issues().stream()
                    .map(issue -> new FieldError("geometry." + issue.field(), issue.message()))
                    .toList();
            throw new ProblemException(
                    ProblemType.INVALID_GEOMETRY,
                    "The zone geometry is not valid: " + errors.get(0).message()
                            + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
                    errors);
        }
    }
}
