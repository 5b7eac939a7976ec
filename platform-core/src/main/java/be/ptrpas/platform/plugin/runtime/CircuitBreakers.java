package be.ptrpas.platform.plugin.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per municipality and plug-in, so that Genk's failing SMS vendor never holds back Antwerpen's.
 * MicroProfile Fault Tolerance keys its breakers by method, not by a runtime value, which is why this is our own:
 * after {@code threshold} failures in a row the circuit opens for {@code openFor}; then one trial call is let
 * through, and its outcome closes or re-opens the circuit.
 */
public class CircuitBreakers {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    /** What the breaker of one key looks like now. */
    public record Status(State state, int consecutiveFailures, Instant openUntil) {}

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();

    public CircuitBreakers(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go ahead now; in the half-open state only one caller gets a yes. */
    public boolean tryPass(String key) {
        return breaker(key).tryPass(clock.instant());
    }

    public void success(String key) {
        breaker(key).success();
    }

    /** Records a failure; returns whether this failure opened the circuit (for a single log entry). */
    public boolean failure(String key) {
        return breaker(key).failure(clock.instant());
    }

    /** The call that passed was not made after all (bulkhead full): free a half-open trial, change nothing else. */
    public void release(String key) {
        breaker(key).release();
    }

    public Status status(String key) {
        Breaker breaker = breakers.get(key);
        return breaker == null ? new Status(State.CLOSED, 0, null) : breaker.status(clock.instant());
    }

    private Breaker breaker(String key) {
        return breakers.computeIfAbsent(key, k -> new Breaker());
    }

    private final class Breaker {
        private int failures;
        private Instant openUntil;
        private boolean trialRunning;

        synchronized boolean tryPass(Instant now) {
            if (openUntil == null) {
                return true;
            }
            if (now.isBefore(openUntil) || trialRunning) {
                return false;
            }
            trialRunning = true;
            return true;
        }

        synchronized void success() {
            failures = 0;
            openUntil = null;
            trialRunning = false;
        }

        synchronized boolean failure(Instant now) {
            failures++;
            boolean wasClosed = openUntil == null;
            if (trialRunning || failures >= threshold) {
                openUntil = now.plus(openFor);
            }
            trialRunning = false;
            return wasClosed && openUntil != null;
        }

        synchronized void release() {
            trialRunning = false;
        }

        synchronized Status status(Instant now) {
            if (openUntil == null) {
                return new Status(State.CLOSED, failures, null);
            }
            return new Status(now.isBefore(openUntil) ? State.OPEN : State.HALF_OPEN, failures, openUntil);
        }
    }
}
