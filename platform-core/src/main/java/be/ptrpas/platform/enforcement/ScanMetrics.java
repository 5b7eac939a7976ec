package be.ptrpas.platform.enforcement;

import be.ptrpas.platform.common.metrics.LabelledCounters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Scan-car observations taken in, and what checking them led to (charged, covered, GAS proposed, …). Received counts
 * every observation of every signed batch, replays included (a replay is stored once), so it is the vendors' traffic,
 * not the processing backlog. Both are this instance's counts since it started.
 */
@ApplicationScoped
public class ScanMetrics {

    @Inject
    MetricRegistry registry;

    private Counter received;
    private LabelledCounters<ScanOutcome> settled;

    /** Created with the application, so that /metrics lists these series (at zero) before the first event. */
    void createdWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: being called makes CDI create the bean, whose @PostConstruct registers the metrics
    }

    @PostConstruct
    void register() {
        received = registry.counter(Metadata.builder()
                .withName("ptr_observations_received")
                .withDescription("Scan-car observations received in signed batches (replays included)")
                .build());
        settled = new LabelledCounters<>(
                registry,
                "ptr_observations_settled",
                "Scan-car observations checked against the rights registry, per outcome (charged = a retribution issued)",
                "outcome",
                ScanOutcome.class);
    }

    public void received(int observations) {
        received.inc(observations);
    }

    public void settled(ScanOutcome outcome) {
        settled.increment(outcome);
    }
}
