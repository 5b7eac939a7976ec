package be.ptrpas.platform.enforcement.check;

import be.ptrpas.platform.common.metrics.LabelledCounters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/** Plate checks per verdict and their latency: what a warden's phone waits for, and what it hears. */
@ApplicationScoped
public class PlateCheckMetrics {

    /** The verdicts counted; a verdict added later counts as OTHER until it is named here. */
    enum Verdict {
        RIGHT,
        NO_RIGHT,
        RECENTLY_EXPIRED,
        NO_REGULATED_ZONE,
        OTHER
    }

    @Inject
    MetricRegistry registry;

    private LabelledCounters<Verdict> verdicts;
    private Timer latency;

    /** Created with the application, so that /metrics lists these series (at zero) before the first event. */
    void createdWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: being called makes CDI create the bean, whose @PostConstruct registers the metrics
    }

    @PostConstruct
    void register() {
        verdicts = new LabelledCounters<>(
                registry, "ptr_plate_checks", "Plate checks answered, per verdict", "verdict", Verdict.class);
        latency = registry.timer(Metadata.builder()
                .withName("ptr_plate_check_duration")
                .withDescription("Time to answer a plate check, from the request to the verdict")
                .build());
    }

    void answered(String verdict, long startedNanos) {
        verdicts.increment(of(verdict));
        latency.update(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    static Verdict of(String verdict) {
        if (verdict == null) {
            return Verdict.OTHER;
        }
        try {
            return Verdict.valueOf(verdict.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Verdict.OTHER;
        }
    }
}
