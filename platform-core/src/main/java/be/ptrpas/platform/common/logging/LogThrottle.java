package be.ptrpas.platform.common.logging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code maxLines} log lines of one kind per interval; the rest are only counted, and the count is handed
 * out once, with the first line of a later interval, so the log says how many were left out. Keeps a flood of
 * requests (anyone can send bad tokens without signing in) from flooding the log and the disk with it.
 */
public final class LogThrottle {

    /** What to do with one event: log it or not, and how many events of earlier intervals went unlogged. */
    public record Decision(boolean log, long suppressedBefore) {}

    private final Clock clock;
    private final int maxLines;
    private final Duration interval;
    private Instant intervalEnd = Instant.MIN;
    private int logged;
    private long suppressed;

    public LogThrottle(Clock clock, int maxLines, Duration interval) {
        if (maxLines < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one line in a positive interval");
        }
        this.clock = clock;
        this.maxLines = maxLines;
        this.interval = interval;
    }

    public synchronized Decision next() {
        Instant now = clock.instant();
        if (!now.isBefore(intervalEnd)) {
            intervalEnd = now.plus(interval);
            logged = 0;
        }
        if (logged >= maxLines) {
            suppressed++;
            return new Decision(false, 0);
        }
        logged++;
        long before = suppressed;
        suppressed = 0;
        return new Decision(true, before);
    }

    public int maxLines() {
        return maxLines;
    }

    public Duration interval() {
        return interval;
    }
}
