package be.ptrpas.platform.payment;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The current municipality's payment settings; read when a payment is created, changed by its admin (audited). */
@ApplicationScoped
@Transactional
public class PaymentSettingsService {

    static final String AUDIT_TYPE = "payment-settings";

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    AuditLog audit;

    public PaymentSettingsView current() {
        return stored().map(PaymentSettings::view).orElse(PaymentSettingsView.DEFAULTS);
    }

    public PaymentSettingsView update(PaymentSettingsView details, Long expectedVersion) {
        if (details == null) {
            throw ProblemException.invalid("body", "the settings are required");
        }
        Violations v = new Violations();
        details.validate(v);
        v.throwIfAny();
        Optional<PaymentSettings> existing = stored();
        PaymentSettingsView before = existing.map(PaymentSettings::view).orElse(PaymentSettingsView.DEFAULTS);
        Versions.check(expectedVersion, before.version(), "The payment settings");
        PaymentSettings settings = existing.orElseGet(() -> {
            PaymentSettings fresh = new PaymentSettings(details);
            tenantEm.get().persist(fresh);
            return fresh;
        });
        settings.apply(details);
        tenantEm.get().flush();
        PaymentSettingsView after = settings.view();
        audit.record("update", AUDIT_TYPE, settings.id(), before, after);
        return after;
    }

    private Optional<PaymentSettings> stored() {
        return tenantEm.get()
                .createQuery("select s from PaymentSettings s", PaymentSettings.class)
                .getResultStream()
                .findFirst();
    }
}
