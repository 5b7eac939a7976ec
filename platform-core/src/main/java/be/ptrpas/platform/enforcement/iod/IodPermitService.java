package be.ptrpas.platform.enforcement.iod;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.rights.RightKind;
import be.ptrpas.platform.enforcement.rights.RightSource;
import be.ptrpas.platform.enforcement.rights.RightsService;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.pass.PassItems;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IOD permits of the current municipality. A permit for named plates puts one area-bound right per plate in the
 * registry in the same transaction; a permit for any vehicle is itself the look-up row (by bounding box) that the
 * plate check and the scan processing consult when they know where the car stands.
 */
@ApplicationScoped
@Transactional
public class IodPermitService {

    static final String AUDIT_TYPE = "iod-permit";
    static final int MAX_PLATES = 20;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,59}");

    @Inject
    PassHolders readSubjects;

    @Inject
    Clock clock;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    RightsService rights;

    @Inject
    AuditLog audit;

    @Inject
    PassItems pass;

    @Inject
    CurrentTenant currentTenant;

    /** A registered permit and whether it was registered before under the same key. */
    public record Registered(IodPermitView permit, boolean existing) {}

    public Registered register(IodPermitDetails details, String idempotencyKey) {
        IdempotencyKey.require(idempotencyKey);
        String fingerprint = IdempotencyKey.fingerprint(details);
        Optional<IodPermit> earlier = tenantEm.get()
                .createQuery("select p from IodPermit p where p.idempotencyKey = :key", IodPermit.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            IdempotencyKey.requireSameRequest(
                    idempotencyKey, earlier.get().requestHash(), fingerprint, "another IOD permit");
            return new Registered(IodPermitView.of(earlier.get()), true);
        }
        if (details == null) {
            throw ProblemException.invalid("body", "an IOD permit is required");
        }
        Violations v = new Violations();
        if (v.required("reference", details.reference())) {
            v.matches("reference", details.reference(), REFERENCE, "1 to 60 letters, digits, '.', '_', '/' or '-'");
        }
        if (v.required("holder", details.holder())) {
            v.maxLength("holder", details.holder(), 200);
        }
        PassHolder holder = holderOf(details, v);
        v.maxLength("purpose", details.purpose(), 200);
        IodArea area = null;
        if (v.required("area", details.area())) {
            try {
                area = IodArea.parse(details.area(), details.widthMetres());
            } catch (IllegalArgumentException e) {
                v.add("area", e.getMessage());
            }
        }
        if (v.required("validFrom", details.validFrom()) & v.required("validTo", details.validTo())
                && !details.validTo().isAfter(details.validFrom())) {
            v.add("validTo", "must be after validFrom");
        }
        Set<PlateNumber> plates = new LinkedHashSet<>();
        List<IodPermitDetails.PlateInput> given = details.plates() == null ? List.of() : details.plates();
        if (v.maxSize("plates", given, MAX_PLATES)) {
            for (int i = 0; i < given.size(); i++) {
                IodPermitDetails.PlateInput input = given.get(i);
                Optional<PlateNumber> plate =
                        input == null ? Optional.empty() : PlateNumber.parse(input.plate(), input.country());
                if (plate.isEmpty()) {
                    v.add("plates[" + i + "].plate", "is not a plate (e.g. 1-ABC-123, or give its country)");
                } else if (!plates.add(plate.get())) {
                    v.add("plates[" + i + "].plate", "is listed twice");
                }
            }
        }
        v.throwIfAny();
        if (!tenantEm.get()
                .createQuery("select p.id from IodPermit p where p.reference = :reference", String.class)
                .setParameter("reference", details.reference())
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            throw ProblemException.conflict("IOD permit " + details.reference() + " is already registered; revoke it "
                    + "first to register it again with other details.");
        }
        List<IodPermitView.Plate> shown = new ArrayList<>();
        plates.forEach(p -> shown.add(new IodPermitView.Plate(p.display(), p.country())));
        IodPermit permit = new IodPermit(
                        details.reference(),
                        details.holder(),
                        holder,
                        details.purpose(),
                        area,
                        details.validFrom(),
                        details.validTo(),
                        shown,
                        idempotencyKey)
                .withRequestHash(fingerprint);
        tenantEm.get().persist(permit);
        tenantEm.get().flush();
        for (PlateNumber plate : plates) {
            rights.grantFromSource(
                    RightSource.IOD_PERMIT,
                    permit.id(),
                    RightKind.IOD,
                    plate,
                    null,
                    permit.id(),
                    permit.validFrom(),
                    permit.validTo(),
                    true);
        }
        IodPermitView view = IodPermitView.of(permit);
        audit.record("create", AUDIT_TYPE, permit.id(), null, view);
        pass.record(IodPermitPass.entry(currentTenant.require(), permit, "granted"));
        return new Registered(view, false);
    }

    public IodPermitView get(String id) {
        IodPermit permit = require(id);
        if (permit.holderNumber() != null) {
            readSubjects.noteRead(permit.holderNumber()); // the holder's access log shows this read
        }
        return IodPermitView.of(permit);
    }

    /** Permits in force at a moment (default now), newest start first. */
    public List<IodPermitView> inForce(Instant at, int limit) {
        Instant moment = at == null ? clock.instant() : at;
        return tenantEm.get()
                .createQuery(
                        "select p from IodPermit p where p.validFrom <= :at and p.validTo > :at "
                                + "and p.revokedAt is null order by p.validFrom desc",
                        IodPermit.class)
                .setParameter("at", moment)
                .setMaxResults(limit)
                .getResultStream()
                .map(IodPermitView::of)
                .toList();
    }

    public IodPermitView revoke(String id) {
        IodPermit permit = require(id);
        IodPermitView before = IodPermitView.of(permit);
        Instant now = clock.instant();
        permit.revoke(now);
        tenantEm.get().flush();
        rights.revokeFromSource(RightSource.IOD_PERMIT, id, now);
        IodPermitView after = IodPermitView.of(permit);
        audit.record("revoke", AUDIT_TYPE, id, before, after);
        pass.record(IodPermitPass.entry(currentTenant.require(), permit, "revoked"));
        return after;
    }

    /** The holder by national or company number: exactly one, so the permit reaches the holder's pass. */
    private static PassHolder holderOf(IodPermitDetails details, Violations v) {
        String person = details.holderNationalNumber();
        String company = details.holderCompanyNumber();
        if (person == null && company == null) {
            v.add("holderNationalNumber", "give the holder's national number, or holderCompanyNumber for a company");
            return null;
        }
        if (person != null && company != null) {
            v.add("holderCompanyNumber", "give either holderNationalNumber or holderCompanyNumber, not both");
            return null;
        }
        if (person != null) {
            Optional<NationalNumber> parsed = NationalNumber.parse(person);
            if (parsed.isEmpty()) {
                v.add("holderNationalNumber", "is not a valid national number (11 digits with their check)");
            }
            return parsed.map(PassHolder::person).orElse(null);
        }
        Optional<CompanyNumber> parsed = CompanyNumber.parse(company);
        if (parsed.isEmpty()) {
            v.add("holderCompanyNumber", "is not a valid company number (10 digits with their check)");
        }
        return parsed.map(PassHolder::company).orElse(null);
    }

    private IodPermit require(String id) {
        IodPermit permit = id == null ? null : tenantEm.get().find(IodPermit.class, id);
        if (permit == null) {
            throw ProblemException.notFound("No IOD permit " + id + ".");
        }
        return permit;
    }
}
