package be.ptrpas.platform.queue;

import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The short transactions of every queue, for the current municipality: which rows are due, claiming one with a
 * lease, and recording what became of it. A row is due when it is pending, its next attempt has come and no live
 * lease holds it — so an expired lease (its worker died) is reclaimed by the same query.
 */
@ApplicationScoped
public class Leases {

    private static final String DUE = " e where e.status = :pending and e.nextAttemptAt <= :now "
            + "and (e.leaseUntil is null or e.leaseUntil < :now)";

    @Inject
    TenantEntityManager tenantEm;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> due(WorkQueue<?> queue, Instant now, int limit) {
        return tenantEm.get()
                .createQuery(
                        "select e.id from " + queue.entity() + DUE + " order by e." + queue.orderBy(), String.class)
                .setParameter("pending", queue.pending())
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims a row for one attempt until {@code leaseUntil}: one conditional UPDATE, so of two instances claiming the
     * same row only one changes it. Empty when another worker got it first or it is no longer due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T extends QueuedWork> Optional<T> claim(WorkQueue<T> queue, String id, Instant now, Instant leaseUntil) {
        int claimed = tenantEm.get()
                .createQuery("update " + queue.entity() + " e set e.leaseUntil = :until, "
                        + "e.attempts = e.attempts + 1, e.version = e.version + 1"
                        + DUE.replace(" e where", " where e.id = :id and"))
                .setParameter("until", leaseUntil)
                .setParameter("id", id)
                .setParameter("pending", queue.pending())
                .setParameter("now", now)
                .executeUpdate();
        return claimed == 1 ? Optional.ofNullable(tenantEm.get().find(queue.type(), id)) : Optional.empty();
    }

    /**
     * Changes one row under a row lock, so that a concurrent atomic update (a callback delivered again) waits for it
     * instead of failing it on the version.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T extends QueuedWork> void change(WorkQueue<T> queue, String id, Consumer<T> change) {
        T row = tenantEm.get().find(queue.type(), id, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            change.accept(row);
        }
    }
}
