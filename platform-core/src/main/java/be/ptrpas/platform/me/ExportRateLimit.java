package be.ptrpas.platform.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One data export per person per {@code ptr.export.min-interval-seconds} (60): an export reads everything the
 * platform holds about someone, so a script repeating it would cost far more than any other citizen call. Kept per
 * instance (behind a load balancer a person may export once per instance per interval: still bounded); keyed by the
 * holder key, so no national number is held in memory as such.
 */
@ApplicationScoped
public class ExportRateLimit {

    /** Beyond this many people remembered, entries older than the interval are dropped. */
    private static final int TIDY_ABOVE = 10_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ptr.export.min-interval-seconds", defaultValue = "60")
    long intervalSeconds;

    private final Map<String, Instant> lastExport = new ConcurrentHashMap<>();

    /** Takes the person's turn, or answers how long until their next one. */
    public Optional<Duration> take(String holderKey) {
        Instant now = clock.instant();
        Duration interval = Duration.ofSeconds(intervalSeconds);
        if (lastExport.size() > TIDY_ABOVE) {
            lastExport.values().removeIf(at -> !at.plus(interval).isAfter(now));
        }
        Duration[] wait = new Duration[1];
        lastExport.compute(holderKey, (key, last) -> {
            if (last != null && last.plus(interval).isAfter(now)) {
                wait[0] = Duration.between(now, last.plus(interval));
                return last;
            }
            return now;
        });
        return Optional.ofNullable(wait[0]);
    }
}
