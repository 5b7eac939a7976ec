package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.tenancy.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records failed plug-in calls in their own transaction, so that the failure is kept even when the work that
 * called the plug-in is rolled back.
 */
@ApplicationScoped
public class PluginFailureLog {

    private static final Logger LOG = Logger.getLogger(PluginFailureLog.class.getName());

    @Inject
    Clock clock;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    TenantWork tenantWork;

    @Inject
    PluginFailureLog self;

    public void record(String nis, String slot, String pluginId, String operation, FailureKind kind, String message) {
        LOG.log(Level.WARNING, "Plug-in {0} of {1} failed in {2}: {3} {4}", new Object[] {
            pluginId, nis, operation, kind, message
        });
        try {
            tenantWork.runAs(nis, () -> self.insert(slot, pluginId, operation, kind, message));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a plug-in failure", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String slot, String pluginId, String operation, FailureKind kind, String message) {
        tenantEm.get().persist(new PluginFailure(slot, pluginId, operation, kind, message, clock.instant()));
    }

    /** The most recent failures of the current municipality, newest first. */
    @Transactional
    public List<PluginFailure> recent(int limit) {
        return tenantEm.get()
                .createQuery("select f from PluginFailure f order by f.occurredAt desc", PluginFailure.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
