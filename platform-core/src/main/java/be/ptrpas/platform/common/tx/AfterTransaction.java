package be.ptrpas.platform.common.tx;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work for the moment the current transaction has ended, for state kept beside the database. */
public final class AfterTransaction {

    private AfterTransaction() {}

    /** Runs {@code work} when the transaction ends, committed or rolled back (dropping a copy that may be stale). */
    public static void whenEnded(TransactionSynchronizationRegistry transaction, Runnable work) {
        transaction.registerInterposedSynchronization(new Done(work, false));
    }

    /** Runs {@code work} only if the transaction commits (what was rolled back never happened). */
    public static void whenCommitted(TransactionSynchronizationRegistry transaction, Runnable work) {
        transaction.registerInterposedSynchronization(new Done(work, true));
    }

    private record Done(Runnable work, boolean onlyCommitted) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (!onlyCommitted || status == Status.STATUS_COMMITTED) {
                work.run();
            }
        }
    }
}
