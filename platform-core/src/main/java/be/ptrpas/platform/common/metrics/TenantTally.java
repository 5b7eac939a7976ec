package be.ptrpas.platform.common.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts of stored items per state (an enum), taken per municipality by a background job and summed over all of them
 * when {@code /metrics} is read. The counts are taken inside each municipality's own transaction, so row-level
 * security stays as it is, and they are at most one census period old.
 */
public final class TenantTally<E extends Enum<E>> {

    private final Class<E> values;
    private final Duration period;
    private final Map<String, EnumMap<E, Long>> byTenant = new ConcurrentHashMap<>();
    private final Map<String, Instant> takenAt = new ConcurrentHashMap<>();

    public TenantTally(Class<E> values, Duration period) {
        this.values = values;
        this.period = period;
    }

    /** A gauge per value, summing the municipalities' latest counts. */
    public void register(MetricRegistry registry, String name, String description, String label) {
        Metadata metadata =
                Metadata.builder().withName(name).withDescription(description).build();
        for (E value : values.getEnumConstants()) {
            registry.gauge(
                    metadata,
                    this,
                    tally -> tally.total(value),
                    new Tag(label, value.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** Whether this municipality's counts are older than the period (from memory, without a query). */
    public boolean due(String nis, Instant now) {
        Instant last = takenAt.get(nis);
        return last == null || !last.plus(period).isAfter(now);
    }

    /** Replaces a municipality's counts; values not given count zero. */
    public void record(String nis, Instant now, Map<E, Long> counts) {
        EnumMap<E, Long> copy = new EnumMap<>(values);
        copy.putAll(counts);
        byTenant.put(nis, copy);
        takenAt.put(nis, now);
    }

    public long total(E value) {
        long total = 0;
        for (EnumMap<E, Long> counts : byTenant.values()) {
            total += counts.getOrDefault(value, 0L);
        }
        return total;
    }
}
