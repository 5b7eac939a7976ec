package be.ptrpas.platform.outbox;

import be.ptrpas.platform.common.metrics.Census;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Outbox messages in one state, per kind, for {@code /metrics}: one query and one shape for every such gauge, each gauge
 * a small bean that names its state and metric ({@link Backlog}, {@link DeadLetters}).
 */
public abstract class OutboxCensus implements Census<OutboxKind> {

    private final OutboxStatus status;
    private final Metric<OutboxKind> metric;

    @Inject
    TenantEntityManager tenantEm;

    OutboxCensus(OutboxStatus status, String name, String description) {
        this.status = status;
        this.metric = new Metric<>(name, description, "kind", OutboxKind.class);
    }

    @Override
    public Metric<OutboxKind> metric() {
        return metric;
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
                        .setParameter("status", status)
                        .getResultList());
    }

    /** Messages still to deliver: a growing backlog means a vendor is down or slow. */
    @ApplicationScoped
    public static class Backlog extends OutboxCensus {

        public Backlog() {
            super(OutboxStatus.PENDING, "ptr_outbox_backlog", "Outbox messages waiting to be delivered, per kind");
        }
    }

    /** Messages given up after their last attempt: they wait for an admin to send them again. */
    @ApplicationScoped
    public static class DeadLetters extends OutboxCensus {

        public DeadLetters() {
            super(
                    OutboxStatus.DEAD,
                    "ptr_outbox_dead_letters",
                    "Outbox messages given up after their last attempt, per kind");
        }
    }
}
