package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.security.ParkingOperatorAdmissions;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The parking operators the current municipality admits. Only an admitted operator reaches the municipality's
 * session endpoints ({@link be.ptrpas.platform.security.AccessControlFilter} asks {@link #admits}); withdrawing the
 * admission stops it at once, and the sessions it already sold stay valid rights until their end.
 */
@ApplicationScoped
@Transactional
public class ParkingOperatorService implements ParkingOperatorAdmissions {

    static final String AUDIT_TYPE = "parking-operator";

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    AuditLog audit;

    /** An admission and whether it was made by this call. */
    public record Admitted(ParkingOperatorView operator, boolean created) {}

    @Override
    public boolean admits(String operatorId) {
        return find(operatorId).isPresent();
    }

    public List<ParkingOperatorView> list() {
        return tenantEm.get()
                .createQuery("select o from ParkingOperator o order by o.operatorId", ParkingOperator.class)
                .getResultStream()
                .map(ParkingOperator::view)
                .toList();
    }

    public ParkingOperatorView get(String operatorId) {
        return require(operatorId).view();
    }

    /** Admits an operator, or renames an admitted one. */
    public Admitted admit(String operatorId, ParkingOperatorDetails details, Long expectedVersion) {
        checkId(operatorId);
        if (details == null) {
            throw ProblemException.invalid("body", "send {\"name\": …}");
        }
        Violations v = new Violations();
        details.validate(v);
        v.throwIfAny();
        Optional<ParkingOperator> existing = find(operatorId);
        if (existing.isPresent()) {
            ParkingOperator operator = existing.get();
            Versions.check(expectedVersion, operator.version(), "The admission of operator " + operatorId);
            ParkingOperatorView before = operator.view();
            operator.rename(details.name().strip());
            tenantEm.get().flush();
            ParkingOperatorView after = operator.view();
            audit.record("update", AUDIT_TYPE, operatorId, before, after);
            return new Admitted(after, false);
        }
        ParkingOperator operator =
                new ParkingOperator(operatorId, details.name().strip());
        tenantEm.get().persist(operator);
        tenantEm.get().flush();
        ParkingOperatorView view = operator.view();
        audit.record("admit", AUDIT_TYPE, operatorId, null, view);
        return new Admitted(view, true);
    }

    /** Withdraws the admission: the operator can no longer start or change sessions here. */
    public void withdraw(String operatorId, Long expectedVersion) {
        ParkingOperator operator = require(operatorId);
        Versions.check(expectedVersion, operator.version(), "The admission of operator " + operatorId);
        ParkingOperatorView before = operator.view();
        tenantEm.get().remove(operator);
        tenantEm.get().flush();
        audit.record("withdraw", AUDIT_TYPE, operatorId, before, null);
    }

    private Optional<ParkingOperator> find(String operatorId) {
        if (operatorId == null) {
            return Optional.empty();
        }
        return tenantEm.get()
                .createQuery("select o from ParkingOperator o where o.operatorId = :id", ParkingOperator.class)
                .setParameter("id", operatorId)
                .getResultStream()
                .findFirst();
    }

    private ParkingOperator require(String operatorId) {
        return find(operatorId)
                .orElseThrow(
                        () -> ProblemException.notFound("No parking operator " + operatorId + " is admitted here."));
    }

    private static void checkId(String operatorId) {
        if (operatorId == null || !Caller.OPERATOR_ID.matcher(operatorId).matches()) {
            throw ProblemException.invalid(
                    "operatorId", "1 to 40 letters, digits, '.', '_' or '-', as the operator's " + "tokens carry it");
        }
    }
}
