package be.ptrpas.platform.common.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * One copy per municipality of data that is read on every request and changed rarely (zones, settings, permits for
 * any vehicle). A copy is used for at most {@code maxAgeMillis}, so a change made on another instance shows within that
 * time; a change made on this instance calls {@link #forget}, and shows at once.
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
    public record Snapshot<T>(T value, long readAt) {
    }

    private record Kept<T>(Snapshot<T> snapshot, long generation) {
    }

    private final long maxAgeMillis;
    private final LongSupplier clock;
    private final Map<String, Kept<T>> kept = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    public TenantSnapshots(long maxAgeMillis) {
        this(maxAgeMillis, System::currentTimeMillis);
    }

    TenantSnapshots(long maxAgeMillis, LongSupplier clock) {
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
    }

    /** The municipality's copy, read by {@code read} (given the moment of reading) when missing or too old. */
    public Snapshot<T> get(String nis, LongFunction<T> read) {
        long now = clock.getAsLong();
        Kept<T> current = kept.get(nis);
        if (current != null && now - current.snapshot().readAt() <= maxAgeMillis) {
            return current.snapshot();
        }
        AtomicLong generation = generation(nis);
        long before = generation.get();
        Snapshot<T> fresh = new Snapshot<>(read.apply(now), now);
        kept.compute(nis, (key, old) -> generation.get() == before ? new Kept<>(fresh, before) : old);
        return fresh;
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
