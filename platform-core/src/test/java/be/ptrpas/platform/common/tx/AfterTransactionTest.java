package be.ptrpas.platform.common.tx;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AfterTransactionTest {

    /** Keeps what is registered, to end the "transaction" by hand. */
    static final class Registry implements TransactionSynchronizationRegistry {
        final List<Synchronization> registered = new ArrayList<>();

        void end(int status) {
            registered.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return "tx";
        }

        @Override
        public void putResource(Object key, Object value) {}

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private final Registry transaction = new Registry();
    private final AtomicInteger ran = new AtomicInteger();

    @Test
    void workForTheEndRunsAfterACommitAndAfterARollback() {
        AfterTransaction.whenEnded(transaction, ran::incrementAndGet);
        assertThat(ran).hasValue(0);
        transaction.end(Status.STATUS_ROLLEDBACK);
        assertThat(ran).hasValue(1);
        transaction.end(Status.STATUS_COMMITTED);
        assertThat(ran).hasValue(2);
    }

    @Test
    void workForACommitRunsOnlyAfterACommit() {
        AfterTransaction.whenCommitted(transaction, ran::incrementAndGet);
        transaction.end(Status.STATUS_ROLLEDBACK);
        assertThat(ran).hasValue(0);
        transaction.end(Status.STATUS_COMMITTED);
        assertThat(ran).hasValue(1);
    }
}
