package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.platform.background.Retention;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Plug-in failures are forgotten after {@code ptr.retention.days} (30). */
@ApplicationScoped
public class PluginFailureRetention implements Retention {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    @ConfigProperty(name = "ptr.retention.days", defaultValue = "30")
    int days;

    @Override
    public int purge(Instant now) {
        return tenantEm.get()
                .createQuery("delete from PluginFailure f where f.occurredAt < :before")
                .setParameter("before", now.minus(Duration.ofDays(days)))
                .executeUpdate();
    }
}
