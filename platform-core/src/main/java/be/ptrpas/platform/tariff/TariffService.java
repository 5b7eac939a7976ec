package be.ptrpas.platform.tariff;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.permitrule.PermitRuleService;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.tenant.ConfigurationLock;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Effective-dated tariffs of the current municipality. */
@ApplicationScoped
@Transactional
public class TariffService {

    static final String AUDIT_TYPE = "tariff";

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    ConfigurationLock configurationLock;

    @Inject
    AuditLog audit;

    @Inject
    ZoneService zones;

    @Inject
    PermitRuleService permitRules;

    /** Tariffs filtered by kind and product; with {@code at}, only those in force on that day. */
    public List<TariffView> list(Tariff.Kind kind, String productCode, LocalDate at) {
        StringBuilder jpql = new StringBuilder("select t from Tariff t where 1 = 1");
        if (kind != null) {
            jpql.append(" and t.kind = :kind");
        }
        if (productCode != null) {
            jpql.append(" and t.productCode = :product");
        }
        if (at != null) {
            jpql.append(" and t.validFrom <= :at and (t.validTo is null or t.validTo >= :at)");
        }
        jpql.append(" order by t.kind, t.productCode, t.validFrom");
        var query = tenantEm.get().createQuery(jpql.toString(), Tariff.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (productCode != null) {
            query.setParameter("product", productCode);
        }
        if (at != null) {
            query.setParameter("at", at);
        }
        return query.getResultStream().map(Tariff::view).toList();
    }

    /** Tariffs still to be paid by someone: in force today or later. */
    public List<TariffView> currentAndFuture(LocalDate today) {
        return tenantEm.get()
                .createQuery(
                        "select t from Tariff t where t.validTo is null or t.validTo >= :today "
                                + "order by t.kind, t.productCode, t.validFrom",
                        Tariff.class)
                .setParameter("today", today)
                .getResultStream()
                .map(Tariff::view)
                .toList();
    }

    public TariffView get(String id) {
        return require(id).view();
    }

    public TariffView create(TariffDetails details) {
        configurationLock.acquire();
        validate(details);
        List<Tariff> siblings = productPeriods(details.kind(), details.productCode());
        List<TariffPeriods.Period> periods =
                new ArrayList<>(siblings.stream().map(Tariff::period).toList());
        periods.add(new TariffPeriods.Period(details.validFrom(), details.validTo()));
        requireContiguous(periods);
        Tariff tariff = new Tariff(details.kind(), details.productCode());
        tariff.apply(details);
        tenantEm.get().persist(tariff);
        tenantEm.get().flush();
        TariffView view = tariff.view();
        audit.record("create", AUDIT_TYPE, tariff.id(), null, view);
        return view;
    }

    public TariffView update(String id, TariffDetails details, Long expectedVersion) {
        configurationLock.acquire();
        Tariff tariff = require(id);
        Versions.check(expectedVersion, tariff.version(), "Tariff " + id);
        if (details != null
                && (details.kind() != tariff.kind() || !tariff.productCode().equals(details.productCode()))) {
            throw ProblemException.invalid(
                    "productCode",
                    "kind and productCode of a tariff cannot change; create a tariff for the other product instead");
        }
        validate(details);
        List<TariffPeriods.Period> periods = new ArrayList<>();
        for (Tariff sibling : productPeriods(tariff.kind(), tariff.productCode())) {
            periods.add(
                    sibling.id().equals(id)
                            ? new TariffPeriods.Period(details.validFrom(), details.validTo())
                            : sibling.period());
        }
        requireContiguous(periods);
        TariffView before = tariff.view();
        tariff.apply(details);
        tenantEm.get().flush();
        TariffView after = tariff.view();
        audit.record("update", AUDIT_TYPE, id, before, after);
        return after;
    }

    public void delete(String id, Long expectedVersion) {
        configurationLock.acquire();
        Tariff tariff = require(id);
        List<TariffPeriods.Period> remaining = productPeriods(tariff.kind(), tariff.productCode()).stream()
                .filter(sibling -> !sibling.id().equals(id))
                .map(Tariff::period)
                .toList();
        requireContiguous(remaining);
        Versions.check(expectedVersion, tariff.version(), "Tariff " + id);
        TariffView before = tariff.view();
        tenantEm.get().remove(tariff);
        tenantEm.get().flush();
        audit.record("delete", AUDIT_TYPE, id, before, null);
    }

    /** Whether a tariff of this kind prices the product (a zone or permit type with tariffs cannot be deleted). */
    public boolean isProductInUse(Tariff.Kind kind, String productCode) {
        return !tenantEm.get()
                .createQuery(
                        "select t.id from Tariff t where t.kind = :kind and t.productCode = :product", String.class)
                .setParameter("kind", kind)
                .setParameter("product", productCode)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The periods of one product; callers hold the configuration lock, so no one changes them meanwhile. */
    private List<Tariff> productPeriods(Tariff.Kind kind, String productCode) {
        return tenantEm.get()
                .createQuery("select t from Tariff t where t.kind = :kind and t.productCode = :product", Tariff.class)
                .setParameter("kind", kind)
                .setParameter("product", productCode)
                .getResultList();
    }

    private static void requireContiguous(List<TariffPeriods.Period> periods) {
        List<String> problems = TariffPeriods.problems(periods);
        if (!problems.isEmpty()) {
            throw new ProblemException(
                    ProblemType.TARIFF_PERIODS,
                    "Tariff periods of a product must follow each other without gaps or overlaps: " + problems.get(0)
                            + ".",
                    problems.stream()
                            .map(problem -> new FieldError("validFrom", problem))
                            .toList());
        }
    }

    private Tariff require(String id) {
        Tariff tariff = id == null
                ? null
                : tenantEm.get()
                        .createQuery("select t from Tariff t where t.id = :id", Tariff.class)
                        .setParameter("id", id)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (tariff == null) {
            throw ProblemException.notFound("No tariff with id " + id + ".");
        }
        return tariff;
    }

    private void validate(TariffDetails details) {
        if (details == null) {
            throw ProblemException.invalid("body", "a tariff is required");
        }
        Violations violations = new Violations();
        details.validate(violations);
        if (violations.isEmpty()) {
            if (details.kind() == Tariff.Kind.PERMIT
                    && !permitRules.permitTypes().contains(details.productCode())) {
                violations.add(
                        "productCode",
                        "a permit tariff's product is a permit type; no permit rule " + details.productCode()
                                + " exists");
            }
            if (details.kind() == Tariff.Kind.PARKING_TIME && !zones.codes().contains(details.productCode())) {
                violations.add(
                        "productCode",
                        "a parking-time tariff's product is a zone code; no zone " + details.productCode() + " exists");
            }
        }
        violations.throwIfAny();
    }
}
