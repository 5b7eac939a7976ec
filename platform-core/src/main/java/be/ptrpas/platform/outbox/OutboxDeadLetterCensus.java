package be.ptrpas.platform.outbox;

import be.ptrpas.platform.common.metrics.Census;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Outbox messages given up after their last attempt, per kind: they wait for an admin to send them again. */
@ApplicationScoped
public class OutboxDeadLetterCensus implements Census<OutboxKind> {

    private static final Metric<OutboxKind> METRIC = new Metric<>(
            "ptr_outbox_dead_letters",
            "Outbox messages given up after their last attempt, per kind",
            "kind",
            OutboxKind.class);

    @Inject
    TenantEntityManager tenantEm;

    @Override
    public Metric<OutboxKind> metric() {
        return METRIC;
    }

    @Override
    public Map<OutboxKind, Long> count() {
        return Census.counts(
                OutboxKind.class,
                tenantEm.get()
                        .createQuery(
                                "select o.kind, count(o) from OutboxMessage o "
                                        + "where o.status = :status group by o.kind",
                                Object[].class)
                        .setParameter("status", OutboxStatus.DEAD)
                        .getResultList());
    }
}
