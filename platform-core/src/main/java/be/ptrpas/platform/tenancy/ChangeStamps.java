package be.ptrpas.platform.tenancy;

import be.ptrpas.platform.common.cache.TenantSnapshots;
import be.ptrpas.platform.common.tx.AfterTransaction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;

/**
 * A counter per municipality (its tenant row's {@code change_stamp}), raised in the transaction of every change to what
 * the plate check keeps copies of: zones, IOD permits, enforcement settings. This instance reads all counters at most
 * every {@value #FRESH_MILLIS} ms, in one query, and a copy is used only while its municipality's counter is what it
 * was when the copy was read. So a change made on any instance reaches every instance's checks within about a second,
 * while the copies themselves are read again only after a change (or when they grow old).
 * <p>
 * The change is recorded in one place: {@link CopiedEntityListener}, the JPA entity listener of every entity that
 * such a copy is read from, calls {@link #changed()} when a row of it is inserted, updated or deleted. No service
 * method records it by hand, so none can forget to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeStamps {

    static final long FRESH_MILLIS = 1_000;
    /** The counter of a municipality onboarded since the counters were read: differs from every real one. */
    public static final long UNKNOWN = -1;

    private record Read(Map<String, Long> stamps, long readAt) {}

    private volatile Read read;
    private final ReentrantLock reading = new ReentrantLock();
    /** Every set of copies read through {@link #copy}: a change drops the municipality's copy from each. */
    private final Set<TenantSnapshots<?>> copied = ConcurrentHashMap.newKeySet();

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The current municipality's copy in {@code copies}, read again by {@code read} if its counter moved. */
    public <T> T copy(TenantSnapshots<T> copies, LongFunction<T> read) {
        String nis = currentTenant.require();
        if (copies.firstUse()) {
            copied.add(copies);
        }
        return copies.get(nis, current(), read).value();
    }

    /**
     * Records a change to what the current municipality's copies hold: raises its counter, and drops this instance's
     * copies now (for the rest of this transaction) and again when the transaction has ended (a copy another request
     * read meanwhile holds the data from before). Called by {@link CopiedEntityListener} only.
     */
    public void changed() {
        String nis = currentTenant.require();
        raise();
        forgetAll(nis);
        AfterTransaction.whenEnded(transaction, () -> forgetAll(nis));
    }

    private void forgetAll(String nis) {
        copied.forEach(copies -> copies.forget(nis));
    }

    /** The current municipality's counter, as read at most about a second ago. */
    public long current() {
        String nis = currentTenant.require();
        Read current = read;
        long now = System.nanoTime() / 1_000_000; // an age, not a moment: the monotonic clock
        // One request reads them again; the others meanwhile go on with the counters of a second ago.
        if ((current == null || now - current.readAt() > FRESH_MILLIS) && reading.tryLock()) {
            try {
                current = read;
                if (current == null || now - current.readAt() > FRESH_MILLIS) {
                    current = new Read(readAll(), now);
                    read = current;
                }
            } finally {
                reading.unlock();
            }
        }
        return current == null ? UNKNOWN : current.stamps().getOrDefault(nis, UNKNOWN);
    }

    /** Raises the current municipality's counter, in the current transaction: other instances see it once committed. */
    void raise() {
        try (PreparedStatement raise =
                connection().prepareStatement("update tenant set change_stamp = change_stamp + 1 where nis_code = ?")) {
            raise.setString(1, currentTenant.require());
            raise.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not raise the change stamp", e);
        }
    }

    private Map<String, Long> readAll() {
        Map<String, Long> stamps = new HashMap<>();
        try (PreparedStatement all = connection().prepareStatement("select nis_code, change_stamp from tenant");
                ResultSet rows = all.executeQuery()) {
            while (rows.next()) {
                stamps.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the change stamps", e);
        }
        return Map.copyOf(stamps);
    }

    /** The transaction's own connection (the tenant table has no row-level security: every row is read). */
    private Connection connection() {
        return tenantEm.connection();
    }
}
