package be.ptrpas.platform.enforcement.settings;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.cache.TenantSnapshots;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.tenancy.ChangeStamps;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * The current municipality's enforcement settings. Every plate check reads them, so they are copied per municipality
 * and read again after a change ({@link ChangeStamps}: at once on this instance, within about a second on others).
 */
@ApplicationScoped
@Transactional
public class EnforcementSettingsService {

    static final String AUDIT_TYPE = "enforcement-settings";
    /** Only bounds how long a change made outside the platform goes unseen: a change through it moves the stamp. */
    private static final long FRESH_MILLIS = 60_000;

    @Inject
    Clock clock;

    private final TenantSnapshots<EnforcementSettingsView> snapshots =
            new TenantSnapshots<>(FRESH_MILLIS, () -> clock.millis());

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant tenant;

    @Inject
    AuditLog audit;

    @Inject
    ChangeStamps stamps;

    /** The settings in force (defaults until the admin saves some). */
    public EnforcementSettingsView current() {
        return stamps.copy(
                snapshots, readAt -> stored().map(EnforcementSettings::view).orElse(EnforcementSettingsView.DEFAULTS));
    }

    public EnforcementSettingsView update(EnforcementSettingsView details, Long expectedVersion) {
        if (details == null) {
            throw ProblemException.invalid("body", "the settings are required");
        }
        Violations v = new Violations();
        details.validate(v);
        v.throwIfAny();
        var existing = stored();
        EnforcementSettingsView before =
                existing.map(EnforcementSettings::view).orElse(EnforcementSettingsView.DEFAULTS);
        Versions.check(expectedVersion, before.version(), "The enforcement settings");
        EnforcementSettings settings = existing.orElseGet(() -> {
            EnforcementSettings fresh = new EnforcementSettings(details);
            tenantEm.get().persist(fresh);
            return fresh;
        });
        settings.apply(details);
        tenantEm.get().flush();
        EnforcementSettingsView after = settings.view();
        audit.record("update", AUDIT_TYPE, settings.id(), before, after);
        return after;
    }

    private Optional<EnforcementSettings> stored() {
        return tenantEm.get()
                .createQuery("select s from EnforcementSettings s", EnforcementSettings.class)
                .getResultStream()
                .findFirst();
    }
}
