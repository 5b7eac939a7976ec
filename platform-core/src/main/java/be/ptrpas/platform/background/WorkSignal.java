package be.ptrpas.platform.background;

import be.ptrpas.platform.common.tx.AfterTransaction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the background worker that a municipality has new work, so that it does not wait for the next full sweep.
 * Signals raised inside a transaction take effect only when it commits: work that was rolled back does not exist.
 */
@ApplicationScoped
public class WorkSignal {

    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    @Resource
    TransactionSynchronizationRegistry transaction;

    public void raise(String nis) {
        if (transaction.getTransactionKey() == null) {
            pending.add(nis);
            return;
        }
        AfterTransaction.whenCommitted(transaction, () -> pending.add(nis));
    }

    /** The municipalities signalled since the last call, cleared. */
    Set<String> drain() {
        Set<String> drained = Set.copyOf(pending);
        pending.removeAll(drained);
        return drained;
    }
}
