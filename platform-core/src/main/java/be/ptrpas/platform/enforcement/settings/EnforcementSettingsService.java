package be.ptrpas.platform.enforcement.settings;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current municipality's enforcement settings. Every plate check reads them, so they are cached per municipality
 * for a few seconds: a change made on another instance is seen within {@link #FRESH_MILLIS}.
 */
@ApplicationScoped
@Transactional
public class EnforcementSettingsService {

    static final String AUDIT_TYPE = "enforcement-settings";
    private static final long FRESH_MILLIS = 5_000;

    private record Cached(EnforcementSettingsView settings, long readAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant tenant;

    @Inject
    AuditLog audit;

    /** The settings in force (defaults until the admin saves some). */
    public EnforcementSettingsView current() {
        String nis = tenant.require();
        Cached cached = cache.get(nis);
        long now = System.currentTimeMillis();
        if (cached != null && now - cached.readAt() < FRESH_MILLIS) {
            return cached.settings();
        }
        EnforcementSettingsView settings = stored().map(EnforcementSettings::view).orElse(EnforcementSettingsView.DEFAULTS);
        cache.put(nis, new Cached(settings, now));
        return settings;
    }

    public EnforcementSettingsView update(EnforcementSettingsView details, Long expectedVersion) {
        if (details == null) {
            throw ProblemException.invalid("body", "the settings are required");
        }
        Violations v = new Violations();
        details.validate(v);
        v.throwIfAny();
        var existing = stored();
        EnforcementSettingsView before = existing.map(EnforcementSettings::view).orElse(EnforcementSettingsView.DEFAULTS);
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
        cache.remove(tenant.require());
        return after;
    }

    private java.util.Optional<EnforcementSettings> stored() {
        return tenantEm.get().createQuery("select s from EnforcementSettings s", EnforcementSettings.class)
                .getResultStream().findFirst();
    }
}
