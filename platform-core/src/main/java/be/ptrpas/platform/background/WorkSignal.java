package be.ptrpas.platform.background;

import be.ptrpas.platform.common.tx.AfterTransaction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the background worker that a municipality has new work, so that it does not wait for the next full sweep.
 * Signals raised inside a transaction take effect only when it commits: work that was rolled back does not exist.
 */
@ApplicationScoped
public class WorkSignal {

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Class<? extends TenantJob>>> again = new ConcurrentHashMap<>();

    @Resource
    TransactionSynchronizationRegistry transaction;

    public void raise(String nis) {
        if (transaction.getTransactionKey() == null) {
            pending.add(nis);
            return;
        }
        AfterTransaction.whenCommitted(transaction, () -> pending.add(nis));
    }

    /**
     * Asks for one job to run again for a municipality on the next tick, not at the next sweep: it stopped with work
     * left (its time budget ran out, or it stepped back for a moment). Only that job runs, not all of the
     * municipality's. Takes effect at once, also inside a transaction: the work left is already committed.
     */
    public void again(String nis, Class<? extends TenantJob> job) {
        again.computeIfAbsent(nis, n -> ConcurrentHashMap.newKeySet()).add(job);
    }

    /** The jobs asked to run again since the last call, per municipality, cleared. */
    Map<String, Set<Class<? extends TenantJob>>> drainAgain() {
        Map<String, Set<Class<? extends TenantJob>>> drained = new HashMap<>();
        for (String nis : Set.copyOf(again.keySet())) {
            Set<Class<? extends TenantJob>> jobs = again.remove(nis);
            if (jobs != null) {
                drained.put(nis, jobs);
            }
        }
        return drained;
    }

    /** The municipalities signalled since the last call, cleared. */
    Set<String> drain() {
        Set<String> drained = Set.copyOf(pending);
        pending.removeAll(drained);
        return drained;
    }
}
