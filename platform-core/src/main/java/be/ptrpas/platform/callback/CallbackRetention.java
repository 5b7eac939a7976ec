package be.ptrpas.platform.callback;

import be.ptrpas.platform.background.Retention;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Processed and failed callbacks are forgotten after {@code ptr.retention.days} (30): their raw bodies carry phone
 * numbers and plates. Those still to be processed stay.
 */
@ApplicationScoped
public class CallbackRetention implements Retention {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    @ConfigProperty(name = "ptr.retention.days", defaultValue = "30")
    int days;

    @Override
    public int purge(Instant now) {
        return tenantEm.get()
                .createQuery("delete from InboundEvent e where e.status <> :received " + "and e.receivedAt < :before")
                .setParameter("received", InboundEvent.Status.RECEIVED)
                .setParameter("before", now.minus(Duration.ofDays(days)))
                .executeUpdate();
    }
}
