package be.ptrpas.platform.outbox;

import be.ptrpas.platform.background.WorkSignal;
import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Puts work for plug-ins in the outbox, inside the caller's transaction: if the change is rolled back, so is the
 * message; if it commits, the worker delivers the message even when the vendor is down right now.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Clock clock;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    WorkSignal signal;

    /** The outcome of an enqueue: the item, and whether it was already there (same dedupe key). */
    public record Enqueued(OutboxMessage item, boolean existing) {}

    /**
     * Enqueues an item unless one with the same dedupe key exists (then that one is returned). Must run inside the
     * transaction of the change that causes it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Enqueued enqueue(OutboxKind kind, String slot, String dedupeKey, Object payload) {
        Optional<OutboxMessage> existing = find(dedupeKey);
        if (existing.isPresent()) {
            return new Enqueued(existing.get(), true);
        }
        OutboxMessage item = new OutboxMessage(kind, slot, dedupeKey, Json.write(payload), clock.instant());
        tenantEm.get().persist(item);
        tenantEm.get().flush();
        signal.raise(currentTenant.require());
        return new Enqueued(item, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OutboxMessage> find(String dedupeKey) {
        return tenantEm.get()
                .createQuery("select o from OutboxMessage o where o.dedupeKey = :key", OutboxMessage.class)
                .setParameter("key", dedupeKey)
                .getResultStream()
                .findFirst();
    }
}
