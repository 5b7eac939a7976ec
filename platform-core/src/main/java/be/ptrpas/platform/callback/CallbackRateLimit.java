package be.ptrpas.platform.callback;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per municipality and slot for the public callback and page addresses. Their NIS codes are public:
 * without a limit anyone could make the platform store rows and call the municipality's vendor (fetch to confirm) as
 * fast as they can send. Vendors retry on 429, so a genuine burst above the limit is delayed, not lost.
 */
@ApplicationScoped
public class CallbackRateLimit {

    @Inject
    @ConfigProperty(name = "ptr.callbacks.per-second", defaultValue = "50")
    double perSecond;

    @Inject
    @ConfigProperty(name = "ptr.callbacks.burst", defaultValue = "300")
    double burst;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public void acquire(String nis, String slot) {
        Bucket bucket = buckets.computeIfAbsent(nis + "|" + slot, key -> new Bucket(burst));
        if (!bucket.take(perSecond, burst, System.nanoTime())) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "Too many requests for this address; try again "
                    + "in a few seconds.");
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens) {
            this.tokens = tokens;
            this.last = System.nanoTime();
        }

        synchronized boolean take(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
