package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The municipality's rights registry: rights registered by clerks, granted, rescheduled and revoked in step with the
 * records of other features, and listed per plate. A right is one row per plate, so the plate check
 * ({@code enforcement.check}) reads it with one indexed query on (plate, country, end of validity).
 */
@ApplicationScoped
@Transactional
public class RightsService {

    static final String AUDIT_TYPE = "parking-right";

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    Clock clock;

    @Inject
    ZoneService zones;

    @Inject
    AuditLog audit;

    /** A registered right and whether it was registered before under the same key. */
    public record Registered(RightView right, boolean existing) {}

    public Registered register(RightDetails details, String idempotencyKey) {
        IdempotencyKey.require(idempotencyKey);
        String fingerprint = IdempotencyKey.fingerprint(details);
        Optional<ParkingRight> earlier = tenantEm.get()
                .createQuery("select r from ParkingRight r where r.idempotencyKey = :key", ParkingRight.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            IdempotencyKey.requireSameRequest(
                    idempotencyKey, earlier.get().requestHash(), fingerprint, "another right");
            return new Registered(RightView.of(earlier.get()), true);
        }
        if (details == null) {
            throw ProblemException.invalid("body", "a right is required");
        }
        Violations v = new Violations();
        RightChecks.Checked checked =
                RightChecks.check(details, code -> zones.find(code).isPresent(), v);
        v.throwIfAny();
        PlateNumber plate = checked.plate();
        ParkingRight right = new ParkingRight(
                        checked.kind(),
                        plate.normalized(),
                        plate.country(),
                        details.zone(),
                        details.validFrom(),
                        details.validTo(),
                        details.revealable() == null || details.revealable(),
                        idempotencyKey,
                        details.note())
                .withRequestHash(fingerprint);
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
    public void grantFromSource(
            RightSource source,
            String sourceId,
            RightKind kind,
            PlateNumber plate,
            String zoneCode,
            String areaId,
            Instant validFrom,
            Instant validTo,
            boolean revealable) {
        boolean known = fromSource(source, sourceId).stream()
                .anyMatch(
                        r -> r.plate().equals(plate.normalized()) && r.country().equals(plate.country()));
        if (known) {
            return;
        }
        ParkingRight right = ParkingRight.fromSource(
                source,
                sourceId,
                kind,
                plate.normalized(),
                plate.country(),
                zoneCode,
                areaId,
                validFrom,
                validTo,
                revealable);
        tenantEm.get().persist(right);
        tenantEm.get().flush();
        audit.record("create", AUDIT_TYPE, right.id(), null, RightView.of(right));
    }

    /** Moves every right of a source to a new zone and period (a session extended, stopped early or corrected). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescheduleFromSource(
            RightSource source, String sourceId, String zoneCode, Instant validFrom, Instant validTo) {
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
                .anyMatch(
                        r -> r.plate().equals(plate.normalized()) && r.country().equals(plate.country()));
    }

    private List<ParkingRight> fromSource(RightSource source, String sourceId) {
        return tenantEm.get()
                .createQuery(
                        "select r from ParkingRight r where r.sourceType = :type and r.sourceId = :id",
                        ParkingRight.class)
                .setParameter("type", source)
                .setParameter("id", sourceId)
                .getResultList();
    }

    public RightView revoke(String id) {
        ParkingRight right = id == null ? null : tenantEm.get().find(ParkingRight.class, id);
        if (right == null) {
            throw ProblemException.notFound("No right " + id + ".");
        }
        RightView before = RightView.of(right);
        right.revoke(Instant.now(clock));
        tenantEm.get().flush();
        RightView after = RightView.of(right);
        audit.record("revoke", AUDIT_TYPE, id, before, after);
        return after;
    }

    public List<RightView> forPlate(String plateText, String country) {
        PlateNumber plate = PlateNumber.parse(plateText, country)
                .orElseThrow(() -> ProblemException.invalid("plate", "is not a plate (e.g. 1-ABC-123)"));
        return tenantEm.get()
                .createQuery(
                        "select r from ParkingRight r where r.plate = :plate and r.country = :country "
                                + "order by r.validTo desc",
                        ParkingRight.class)
                .setParameter("plate", plate.normalized())
                .setParameter("country", plate.country())
                .setMaxResults(200)
                .getResultStream()
                .map(RightView::of)
                .toList();
    }
}
