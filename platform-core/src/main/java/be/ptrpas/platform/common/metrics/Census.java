package be.ptrpas.platform.common.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One gauge of stored rows per state, e.g. payments per status: a feature declares it as a CDI bean with its own small
 * query, and {@link CensusBoard} takes it per municipality on the background sweep and serves the sum over all
 * municipalities at {@code /metrics}. The values are a closed set (an enum), so the number of series is fixed.
 */
public interface Census<E extends Enum<E>> {

    /** The gauge's name, description, label and the values the label takes. */
    Metric<E> metric();

    /** The current municipality's counts per value (missing values count zero); runs inside its transaction. */
    Map<E, Long> count();

    record Metric<E extends Enum<E>>(String name, String description, String label, Class<E> values) {}

    /** Counts from the rows of a {@code select value, count(...) ... group by value} query. */
    static <E extends Enum<E>> Map<E, Long> counts(Class<E> values, List<Object[]> rows) {
        Map<E, Long> counts = new EnumMap<>(values);
        for (Object[] row : rows) {
            counts.merge(values.cast(row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }
}
