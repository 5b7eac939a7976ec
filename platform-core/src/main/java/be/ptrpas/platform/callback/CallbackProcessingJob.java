package be.ptrpas.platform.callback;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.outbox.Backoff;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Processes stored callbacks of a municipality in the order they arrived, each claimed with a lease so that two
 * instances never process one at once. Processing is idempotent anyway, so a callback processed twice (a replay, a
 * lease that ran out) changes state once; a failure is retried with back-off and, after too
 * many attempts, left FAILED for the admin to see.
 */
@ApplicationScoped
public class CallbackProcessingJob implements TenantJob {

    private static final int BATCH = 50;
    private static final long LEASE_SECONDS = 120;

    @Inject
    Clock clock;

    @Inject
    CallbackService callbacks;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CallbackProcessingJob self;

    @Inject
    @ConfigProperty(name = "ptr.outbox.retry-base-ms", defaultValue = "2000")
    long baseMillis;

    @Inject
    @ConfigProperty(name = "ptr.outbox.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Override
    public boolean mayHaveWork(Instant now) {
        // The same predicate as due().
        return !tenantEm.get().createQuery("select e.id from InboundEvent e where e.status = :received "
                        + "and e.nextAttemptAt <= :now and (e.leaseUntil is null or e.leaseUntil < :now)", String.class)
                .setParameter("received", InboundEvent.Status.RECEIVED).setParameter("now", now).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void runFor(String nis) {
        Backoff backoff = new Backoff(Duration.ofMillis(baseMillis), Duration.ofHours(1), maxAttempts);
        for (InboundEvent event : self.due(clock.instant())) {
            if (!self.claim(event.id(), clock.instant())) {
                continue; // another instance is on it
            }
            try {
                PluginSlot slot = PluginSlot.fromPath(event.slot()).orElseThrow(
                        () -> new IllegalStateException("unknown slot " + event.slot()));
                callbacks.handler(slot).process(slot, StoredRequests.restore(event));
                self.markProcessed(event.id(), event.deliveries());
            } catch (RuntimeException e) {
                String message = e instanceof PluginCallException call ? call.kind() + ": " + call.getMessage()
                        : e.getClass().getSimpleName() + ": " + e.getMessage();
                boolean giveUp = e instanceof PluginCallException call && !call.retryable()
                        || backoff.exhausted(event.attempts() + 1);
                Instant next = clock.instant().plus(backoff.delayAfter(event.attempts() + 1));
                self.update(event.id(), failed -> failed.failed(message, next, giveUp));
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<InboundEvent> due(Instant now) {
        return tenantEm.get().createQuery("select e from InboundEvent e where e.status = :received "
                        + "and e.nextAttemptAt <= :now and (e.leaseUntil is null or e.leaseUntil < :now) "
                        + "order by e.receivedAt", InboundEvent.class)
                .setParameter("received", InboundEvent.Status.RECEIVED).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
    }

    /** Takes an event for processing for a while; false when another instance holds it. One conditional UPDATE. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String id, Instant now) {
        return tenantEm.get().createQuery("update InboundEvent e set e.leaseUntil = :until, e.version = e.version + 1 "
                        + "where e.id = :id and e.status = :received and (e.leaseUntil is null or e.leaseUntil < :now)")
                .setParameter("until", now.plusSeconds(LEASE_SECONDS)).setParameter("id", id)
                .setParameter("received", InboundEvent.Status.RECEIVED).setParameter("now", now).executeUpdate() == 1;
    }

    /**
     * Marks an event processed unless it was delivered again meanwhile (then it stays due and is processed once more,
     * which changes nothing that was already applied).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markProcessed(String id, int deliveriesSeen) {
        int done = tenantEm.get().createQuery("update InboundEvent e set e.status = :processed, e.processedAt = :now, "
                        + "e.lastError = null, e.leaseUntil = null where e.id = :id and e.deliveries = :seen")
                .setParameter("processed", InboundEvent.Status.PROCESSED).setParameter("now", clock.instant())
                .setParameter("id", id).setParameter("seen", deliveriesSeen).executeUpdate();
        if (done == 0) {
            // Delivered again meanwhile: release it, it is due again.
            tenantEm.get().createQuery("update InboundEvent e set e.leaseUntil = null where e.id = :id")
                    .setParameter("id", id).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void update(String id, Consumer<InboundEvent> change) {
        InboundEvent event = tenantEm.get().find(InboundEvent.class, id);
        if (event != null) {
            change.accept(event);
        }
    }
}
