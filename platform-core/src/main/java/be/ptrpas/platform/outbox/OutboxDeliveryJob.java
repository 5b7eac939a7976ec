package be.ptrpas.platform.outbox;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.plugin.runtime.FailureKind;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers a municipality's due outbox items. At least once: an item is claimed with a lease before the plug-in is
 * called and marked afterwards; if the platform dies in between, the lease runs out and the item is delivered again
 * with the same message id, which vendors use to drop the repeat. A refusal for good (or too many attempts) makes it
 * dead, visible to the admin, who can send it again.
 */
@ApplicationScoped
public class OutboxDeliveryJob implements TenantJob {

    @Inject
    Clock clock;

    @Inject
    be.ptrpas.platform.tenancy.TenantEntityManager probeEm;

    private static final Logger LOG = Logger.getLogger(OutboxDeliveryJob.class.getName());
    private static final int BATCH = 50;

    @Inject
    OutboxRepository repository;

    @Inject
    Instance<OutboxDelivery> deliveries;

    @Inject
    @ConfigProperty(name = "ptr.outbox.retry-base-ms", defaultValue = "2000")
    long baseMillis;

    @Inject
    @ConfigProperty(name = "ptr.outbox.retry-cap-ms", defaultValue = "3600000")
    long capMillis;

    @Inject
    @ConfigProperty(name = "ptr.outbox.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "ptr.outbox.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    @Override
    public boolean mayHaveWork(Instant now) {
        // The same predicate as OutboxRepository.dueIds.
        return !probeEm.get().createQuery("select o.id from OutboxMessage o where o.status = :pending "
                        + "and o.nextAttemptAt <= :now and (o.leaseUntil is null or o.leaseUntil < :now)", String.class)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("now", now).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void runFor(String nis) {
        Backoff backoff = new Backoff(Duration.ofMillis(baseMillis), Duration.ofMillis(capMillis), maxAttempts);
        List<String> due = repository.dueIds(clock.instant(), BATCH);
        for (String id : due) {
            Instant now = clock.instant();
            Optional<OutboxMessage> claimed;
            try {
                claimed = repository.claim(id, now, now.plusSeconds(leaseSeconds));
            } catch (RuntimeException e) {
                continue; // another instance claimed it in the same instant: its version won
            }
            claimed.ifPresent(item -> attempt(item, backoff));
        }
    }

    private void attempt(OutboxMessage item, Backoff backoff) {
        Optional<OutboxDelivery> delivery = deliveries.stream().filter(d -> d.kind() == item.kind()).findFirst();
        if (delivery.isEmpty()) {
            repository.update(item.id(), dead -> dead.dead("no delivery for " + item.kind()));
            return;
        }
        try {
            OutboxDelivery.Delivered done = delivery.get().deliver(item);
            repository.update(item.id(), sent -> sent.delivered(done.pluginId(), done.providerRef(), done.deliveryStatus(),
                    clock.instant()));
        } catch (PluginCallException e) {
            failed(item, backoff, e.kind(), e.getMessage());
        } catch (ProblemException e) {
            // e.g. no plug-in configured yet: the admin may still set one up, so keep trying
            failed(item, backoff, FailureKind.ERROR, e.getMessage());
        } catch (RuntimeException e) {
            failed(item, backoff, FailureKind.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void failed(OutboxMessage item, Backoff backoff, FailureKind kind, String message) {
        if (!kind.retryable()) {
            repository.update(item.id(), dead -> dead.dead(kind + ": " + message));
            return;
        }
        // Held back by the breaker or the bulkhead: the vendor was not even tried, so the attempt does not count.
        boolean tried = kind != FailureKind.CIRCUIT_OPEN && kind != FailureKind.BULKHEAD_FULL;
        if (tried && backoff.exhausted(item.attempts())) {
            LOG.warning(() -> "Outbox item " + item.id() + " is dead after " + item.attempts() + " attempts: " + message);
            repository.update(item.id(), dead -> dead.dead("gave up after " + item.attempts() + " attempts: " + message));
            return;
        }
        Instant next = clock.instant().plus(backoff.delayAfter(Math.max(1, item.attempts())));
        repository.update(item.id(), retry -> retry.retryAt(next, kind + ": " + message, tried));
    }
}
