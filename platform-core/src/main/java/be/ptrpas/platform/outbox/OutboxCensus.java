package be.ptrpas.platform.outbox;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.common.metrics.TenantTally;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The outbox's backlog (messages still to deliver) and its dead letters, per kind, for {@code /metrics}: a growing
 * backlog means a vendor is down or slow, dead letters need an admin. Counted per municipality at most once per
 * {@code ptr.metrics.census-seconds} (default 60) on the background sweep.
 */
@ApplicationScoped
public class OutboxCensus implements TenantJob {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    OutboxCensus self;

    @Inject
    @ConfigProperty(name = "ptr.metrics.census-seconds", defaultValue = "60")
    long censusSeconds;

    private TenantTally<OutboxKind> backlog;
    private TenantTally<OutboxKind> dead;

    @PostConstruct
    void register() {
        backlog = new TenantTally<>(OutboxKind.class, Duration.ofSeconds(censusSeconds));
        dead = new TenantTally<>(OutboxKind.class, Duration.ofSeconds(censusSeconds));
        backlog.register(registry, "ptr_outbox_backlog", "Outbox messages waiting to be delivered, per kind", "kind");
        dead.register(registry, "ptr_outbox_dead_letters", "Outbox messages given up after their last attempt, per kind",
                "kind");
    }

    /** From memory, no query: between two censuses a sweep's visit costs nothing for this job. */
    @Override
    public boolean mayHaveWork(java.time.Instant now) {
        return backlog.due(currentTenant.require(), clock.instant());
    }

    @Override
    public void runFor(String nis) {
        if (backlog.due(nis, clock.instant())) {
            self.count(nis);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(String nis) {
        java.time.Instant now = clock.instant();
        List<Object[]> rows = tenantEm.get().createQuery("select o.kind, o.status, count(o) from OutboxMessage o "
                        + "where o.status <> :delivered group by o.kind, o.status", Object[].class)
                .setParameter("delivered", OutboxStatus.DELIVERED).getResultList();
        Map<OutboxKind, Long> pending = new EnumMap<>(OutboxKind.class);
        Map<OutboxKind, Long> given = new EnumMap<>(OutboxKind.class);
        for (Object[] row : rows) {
            (row[1] == OutboxStatus.DEAD ? given : pending).merge((OutboxKind) row[0], ((Number) row[2]).longValue(),
                    Long::sum);
        }
        backlog.record(nis, now, pending);
        dead.record(nis, now, given);
    }
}
