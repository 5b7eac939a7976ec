package be.ptrpas.platform.common.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * One counter per value of an enum, registered up front. Labels come from a closed set (an enum), never from input, so
 * a label can never carry a plate or a person and the number of series stays fixed; and counting on a hot path is one
 * map read and an add, without a registry look-up.
 */
public final class LabelledCounters<E extends Enum<E>> {

    private final Map<E, Counter> counters;

    public LabelledCounters(MetricRegistry registry, String name, String description, String label, Class<E> values) {
        counters = new EnumMap<>(values);
        Metadata metadata =
                Metadata.builder().withName(name).withDescription(description).build();
        for (E value : values.getEnumConstants()) {
            counters.put(
                    value,
                    registry.counter(metadata, new Tag(label, value.name().toLowerCase(Locale.ROOT))));
        }
    }

    public void increment(E value) {
        counters.get(value).inc();
    }

    public void add(E value, long count) {
        if (count > 0) {
            counters.get(value).inc(count);
        }
    }

    public long count(E value) {
        return counters.get(value).getCount();
    }
}
