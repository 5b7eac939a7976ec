package be.ptrpas.platform.it.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that the integration tests set ({@link ClockServlet}), so a test moves the
 * platform's "now" instead of sleeping. One offset for the whole JVM: every view ({@link #withZone}) follows it.
 */
public final class MovableClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    private final ZoneId zone;

    MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    static Duration offset() {
        return OFFSET.get();
    }

    static void offset(Duration offset) {
        OFFSET.set(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(other);
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(OFFSET.get());
    }
}
