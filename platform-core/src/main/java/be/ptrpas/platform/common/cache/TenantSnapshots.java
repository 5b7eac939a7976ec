package be.ptrpas.platform.common.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * One copy per municipality of data that is read on every request and changed rarely (zones, settings, permits for
 * any vehicle). A copy is used while the municipality's change stamp (see {@code ChangeStamps}) is the one it was read
 * under, and for at most {@code maxAgeMillis}: a change raises the stamp, so it shows on every instance once that
 * instance has read the new stamp; a change made on this instance also calls {@link #forget} (through the stamps'
 * owner, which knows every set of copies), and shows here at once.
 * The age limit only bounds how long a change made outside the platform (by hand, in the database) can go unseen.
 * <p>
 * A copy read while a change was being committed may hold the old data: it is returned to the reader that read it, but
 * kept only when nobody forgot the municipality's copy meanwhile. Without that check a slow reader could put back the
 * copy a change had just dropped, and the old data would be served for another {@code maxAgeMillis}.
 */
public final class TenantSnapshots<T> {

    /**
     * @param value  what was read
     * @param readAt when (milliseconds of the clock given to the constructor)
     */
    public record Snapshot<T>(T value, long readAt) {}

    private record Kept<T>(Snapshot<T> snapshot, long stamp, long generation) {}

    private final long maxAgeMillis;
    private final LongSupplier clock;
    private final Map<String, Kept<T>> kept = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final AtomicBoolean used = new AtomicBoolean();

    /** @param clock the platform clock's milliseconds: a copy's moment of reading is handed to its reader */
    public TenantSnapshots(long maxAgeMillis, LongSupplier clock) {
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
    }

    /**
     * The municipality's copy, read by {@code read} (given the moment of reading) when missing, too old or read under
     * another stamp than {@code stamp}. Ask for the stamp before this call: a copy is then never labelled with a
     * stamp newer than the data in it.
     */
    public Snapshot<T> get(String nis, long stamp, LongFunction<T> read) {
        long now = clock.getAsLong();
        Kept<T> current = kept.get(nis);
        if (current != null
                && current.stamp() == stamp
                && now - current.snapshot().readAt() <= maxAgeMillis) {
            return current.snapshot();
        }
        AtomicLong generation = generation(nis);
        long before = generation.get();
        Snapshot<T> fresh = new Snapshot<>(read.apply(now), now);
        kept.compute(nis, (key, old) -> generation.get() == before ? new Kept<>(fresh, stamp, before) : old);
        return fresh;
    }

    /** True the first time it is asked, false ever after: lets the owner of the stamps register these copies once. */
    public boolean firstUse() {
        return !used.get() && used.compareAndSet(false, true);
    }

    /** Drops the municipality's copy, and any copy being read right now, because its data changed. */
    public void forget(String nis) {
        generation(nis).incrementAndGet();
        kept.remove(nis);
    }

    private AtomicLong generation(String nis) {
        return generations.computeIfAbsent(nis, key -> new AtomicLong());
    }
}
