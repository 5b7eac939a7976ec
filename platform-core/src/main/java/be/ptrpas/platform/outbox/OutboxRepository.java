package be.ptrpas.platform.outbox;

import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Short transactions of the outbox worker: claim an item, then record what happened to it. */
@ApplicationScoped
public class OutboxRepository {

    @Inject
    TenantEntityManager tenantEm;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> dueIds(Instant now, int limit) {
        return tenantEm.get().createQuery("select o.id from OutboxMessage o where o.status = :pending "
                        + "and o.nextAttemptAt <= :now and (o.leaseUntil is null or o.leaseUntil < :now) "
                        + "order by o.nextAttemptAt", String.class)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Claims an item for one delivery attempt; empty when another worker got it first (the version check of the
     * update decides) or it is no longer due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxMessage> claim(String id, Instant now, Instant leaseUntil) {
        OutboxMessage item = tenantEm.get().find(OutboxMessage.class, id);
        // Re-read in this transaction: another instance may have claimed it since the due list was read.
        if (item == null || item.status() != OutboxStatus.PENDING || item.nextAttemptAt().isAfter(now)
                || item.leaseUntil() != null && item.leaseUntil().isAfter(now)) {
            return Optional.empty();
        }
        item.claim(leaseUntil);
        try {
            tenantEm.get().flush();
        } catch (OptimisticLockException e) {
            return Optional.empty();
        }
        return Optional.of(item);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void update(String id, Consumer<OutboxMessage> change) {
        OutboxMessage item = tenantEm.get().find(OutboxMessage.class, id);
        if (item != null) {
            change.accept(item);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordReceipt(String slot, String providerRef, String deliveryStatus) {
        tenantEm.get().createQuery("select o from OutboxMessage o where o.slot = :slot and o.providerRef = :ref",
                        OutboxMessage.class)
                .setParameter("slot", slot).setParameter("ref", providerRef).getResultStream()
                .forEach(item -> item.receipt(deliveryStatus));
    }
}
