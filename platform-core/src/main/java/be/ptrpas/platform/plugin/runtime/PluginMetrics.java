package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.platform.plugin.PluginSlot;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Plug-in calls per slot and outcome, and how many municipalities' plug-ins have their circuit open per slot. Labelled
 * by slot only, never by municipality or plug-in id: those would multiply the series by 300 municipalities.
 */
@ApplicationScoped
public class PluginMetrics {

    private static final String OK = "ok";

    @Inject
    MetricRegistry registry;

    private final Map<String, Map<String, Counter>> calls = new HashMap<>();
    private volatile Function<String, CircuitBreakers.Status> breakerStatus;
    /** Breaker keys seen per slot, to count the open circuits when /metrics is read. */
    private final Map<String, Set<String>> breakerKeys = new HashMap<>();

    /** Created with the application, so that /metrics lists these series (at zero) before the first event. */
    void createdWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: being called makes CDI create the bean, whose @PostConstruct registers the metrics
    }

    @PostConstruct
    void register() {
        Metadata callsMetadata = Metadata.builder()
                .withName("ptr_plugin_calls")
                .withDescription("Calls to plug-ins per slot and outcome (ok, or the kind of failure)")
                .build();
        Metadata openMetadata = Metadata.builder()
                .withName("ptr_plugin_circuits_open")
                .withDescription("Municipalities whose plug-in in this slot has its circuit breaker open")
                .build();
        for (PluginSlot slot : PluginSlot.values()) {
            Map<String, Counter> outcomes = new HashMap<>();
            Tag slotTag = new Tag("slot", slot.path());
            outcomes.put(OK, registry.counter(callsMetadata, slotTag, new Tag("outcome", OK)));
            for (FailureKind kind : FailureKind.values()) {
                String outcome = kind.name().toLowerCase(Locale.ROOT);
                outcomes.put(outcome, registry.counter(callsMetadata, slotTag, new Tag("outcome", outcome)));
            }
            calls.put(slot.path(), outcomes);
            breakerKeys.put(slot.path(), ConcurrentHashMap.newKeySet());
        }
        for (Map.Entry<String, Set<String>> slot : breakerKeys.entrySet()) {
            Set<String> keys = slot.getValue();
            registry.gauge(openMetadata, keys, k -> openCircuits(k), new Tag("slot", slot.getKey()));
        }
    }

    /** Called once the invoker has its breakers; the gauges read their state when /metrics is asked. */
    void watch(Function<String, CircuitBreakers.Status> breakerStatus) {
        this.breakerStatus = breakerStatus;
    }

    private long openCircuits(Set<String> keys) {
        Function<String, CircuitBreakers.Status> status = breakerStatus;
        return status == null
                ? 0
                : keys.stream()
                        .filter(key -> status.apply(key).state() == CircuitBreakers.State.OPEN)
                        .count();
    }

    void succeeded(PluginInvoker.Target target) {
        count(target, OK);
    }

    void failed(PluginInvoker.Target target, FailureKind kind) {
        count(target, kind.name().toLowerCase(Locale.ROOT));
    }

    private void count(PluginInvoker.Target target, String outcome) {
        Map<String, Counter> outcomes = calls.get(target.slot());
        if (outcomes == null) {
            return; // not a slot of the platform's: nothing bounded to label it with
        }
        outcomes.get(outcome).inc();
        breakerKeys.get(target.slot()).add(target.key());
    }
}
