package be.ptrpas.platform.tenant;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Onboarding and upkeep of municipalities. Each change lands in the municipality's own audit trail. */
@ApplicationScoped
@Transactional
public class TenantService {

    static final String AUDIT_TYPE = "tenant";

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantDirectory directory;

    @Inject
    AuditLog audit;

    public List<TenantView> list() {
        return directory.all().stream().map(TenantView::of).toList();
    }

    /** The current tenant's own record. */
    public TenantView current() {
        return TenantView.of(require(tenantEm.get(), currentTenant.require()));
    }

    public TenantView create(TenantDetails details) {
        validate(details);
        // The new municipality's audit trail records its own creation.
        currentTenant.enter(details.nisCode());
        EntityManager em = tenantEm.get();
        if (em.find(Tenant.class, details.nisCode()) != null) {
            throw ProblemException.conflict("Municipality " + details.nisCode() + " is already on the platform.");
        }
        Tenant tenant = new Tenant(details.nisCode());
        tenant.apply(details);
        em.persist(tenant);
        em.flush();
        directory.forget();
        TenantView view = TenantView.of(tenant);
        audit.record("create", AUDIT_TYPE, tenant.nisCode(), null, view);
        return view;
    }

    public TenantView update(TenantDetails details, Long expectedVersion) {
        String nis = currentTenant.require();
        if (details != null && details.nisCode() != null && !details.nisCode().equals(nis)) {
            throw ProblemException.invalid("nisCode", "cannot be changed; it must equal the NIS code in the path");
        }
        TenantDetails withNis = details == null
                ? null
                : new TenantDetails(
                        nis,
                        details.names(),
                        details.languages(),
                        details.branding(),
                        details.contactEmail(),
                        details.businessModel());
        validate(withNis);
        EntityManager em = tenantEm.get();
        Tenant tenant = require(em, nis);
        Versions.check(expectedVersion, tenant.version(), "Municipality " + nis);
        TenantView before = TenantView.of(tenant);
        tenant.apply(withNis);
        em.flush();
        TenantView after = TenantView.of(tenant);
        audit.record("update", AUDIT_TYPE, nis, before, after);
        return after;
    }

    private static Tenant require(EntityManager em, String nis) {
        Tenant tenant = em.find(Tenant.class, nis);
        if (tenant == null) {
            throw ProblemException.notFound("No municipality " + nis + ".");
        }
        return tenant;
    }

    private static void validate(TenantDetails details) {
        if (details == null) {
            throw ProblemException.invalid("body", "a municipality is required");
        }
        Violations violations = new Violations();
        details.validate(violations);
        violations.throwIfAny();
    }
}
