package be.ptrpas.platform.queue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: the n-th retry waits about base × 2^(n-1), capped, spread by ±20 % so that many
 * items that failed together do not all come back at the same instant.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

    public Duration delayAfter(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 30));
        long millis = Math.min(cap.toMillis(), base.toMillis() * (1L << exponent));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, (long) (millis * jitter)));
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
