package be.ptrpas.platform.permitrule;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.tenant.ConfigurationLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Permit rules of the current municipality. */
@ApplicationScoped
@Transactional
public class PermitRuleService {

    static final String AUDIT_TYPE = "permit-rule";

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    ConfigurationLock configurationLock;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<PermitTypeUsage> usages;

    public List<PermitRuleView> list() {
        return tenantEm.get()
                .createQuery("select r from PermitRule r order by r.permitType", PermitRule.class)
                .getResultStream()
                .map(PermitRule::view)
                .toList();
    }

    public PermitRuleView get(String permitType) {
        return require(permitType).view();
    }

    public Set<String> permitTypes() {
        return Set.copyOf(tenantEm.get()
                .createQuery("select r.permitType from PermitRule r", String.class)
                .getResultList());
    }

    public PermitRuleView create(PermitRuleDetails details) {
        configurationLock.acquire();
        validate(details);
        if (find(details.permitType()).isPresent()) {
            throw ProblemException.conflict("A permit rule for type " + details.permitType() + " already exists.");
        }
        PermitRule rule = new PermitRule(details.permitType());
        rule.apply(details);
        tenantEm.get().persist(rule);
        tenantEm.get().flush();
        PermitRuleView view = rule.view();
        audit.record("create", AUDIT_TYPE, rule.permitType(), null, view);
        return view;
    }

    public PermitRuleView update(String permitType, PermitRuleDetails details, Long expectedVersion) {
        if (details != null
                && details.permitType() != null
                && !details.permitType().equals(permitType)) {
            throw ProblemException.invalid("permitType", "cannot be changed; it must equal the type in the path");
        }
        PermitRuleDetails withType = details == null
                ? null
                : new PermitRuleDetails(
                        permitType,
                        details.name(),
                        details.description(),
                        details.eligibility(),
                        details.maxPerHousehold(),
                        details.validityMonths(),
                        details.approval());
        configurationLock.acquire();
        validate(withType);
        PermitRule rule = require(permitType);
        Versions.check(expectedVersion, rule.version(), "Permit rule " + permitType);
        PermitRuleView before = rule.view();
        rule.apply(withType);
        tenantEm.get().flush();
        PermitRuleView after = rule.view();
        audit.record("update", AUDIT_TYPE, permitType, before, after);
        return after;
    }

    public void delete(String permitType, Long expectedVersion) {
        configurationLock.acquire();
        PermitRule rule = require(permitType);
        // Zones listing the type and tariffs pricing it would name a permit nobody can get.
        for (PermitTypeUsage usage : usages) {
            usage.refusalToDeletePermitType(permitType).ifPresent(refusal -> {
                throw ProblemException.conflict(refusal);
            });
        }
        Versions.check(expectedVersion, rule.version(), "Permit rule " + permitType);
        PermitRuleView before = rule.view();
        tenantEm.get().remove(rule);
        tenantEm.get().flush();
        audit.record("delete", AUDIT_TYPE, permitType, before, null);
    }

    private Optional<PermitRule> find(String permitType) {
        return tenantEm.get()
                .createQuery("select r from PermitRule r where r.permitType = :type", PermitRule.class)
                .setParameter("type", permitType)
                .getResultStream()
                .findFirst();
    }

    private PermitRule require(String permitType) {
        return find(permitType)
                .orElseThrow(() -> ProblemException.notFound("No permit rule for type " + permitType + "."));
    }

    private static void validate(PermitRuleDetails details) {
        if (details == null) {
            throw ProblemException.invalid("body", "a permit rule is required");
        }
        Violations violations = new Violations();
        details.validate(violations);
        violations.throwIfAny();
    }
}
