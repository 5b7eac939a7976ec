package be.ptrpas.platform.common.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Takes every {@link Census} of a municipality at most once per {@code ptr.metrics.census-seconds} (default 60), all in
 * one transaction of that municipality (row-level security unchanged), and keeps the counts per municipality
 * ({@link TenantTally}) for {@code /metrics}. The background sweep asks {@link #due} (from memory, no query) and
 * calls {@link #take}.
 */
@ApplicationScoped
public class CensusBoard {

    @Inject
    Instance<Census<?>> censuses;

    @Inject
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "ptr.metrics.census-seconds", defaultValue = "60")
    long censusSeconds;

    private final List<Counted<?>> counted = new ArrayList<>();

    /** A census and the counts it took, per municipality. */
    private record Counted<E extends Enum<E>>(Census<E> census, TenantTally<E> tally) {

        static <E extends Enum<E>> Counted<E> of(Census<E> census, Duration period, MetricRegistry registry) {
            Census.Metric<E> metric = census.metric();
            TenantTally<E> tally = new TenantTally<>(metric.values(), period);
            tally.register(registry, metric.name(), metric.description(), metric.label());
            return new Counted<>(census, tally);
        }

        void take(String nis, Instant now) {
            tally.record(nis, now, census.count());
        }
    }

    /** Created with the application, so that /metrics lists every census (at zero) before the first sweep. */
    void createdWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: being called makes CDI create the bean, whose @PostConstruct registers the gauges
    }

    @PostConstruct
    void register() {
        Duration period = Duration.ofSeconds(censusSeconds);
        for (Census<?> census : censuses) {
            counted.add(Counted.of(census, period, registry));
        }
    }

    /** Whether this municipality's counts are older than the period. */
    public boolean due(String nis, Instant now) {
        return counted.stream().anyMatch(c -> c.tally().due(nis, now));
    }

    /** Takes every census of the current municipality, {@code nis}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void take(String nis, Instant now) {
        counted.forEach(c -> c.take(nis, now));
    }
}
