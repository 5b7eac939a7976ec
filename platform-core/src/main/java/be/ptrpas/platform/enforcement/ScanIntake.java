package be.ptrpas.platform.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Whether scan batches are arriving at this instance now (or did a moment ago). Storing a batch is what a scan car
 * waits for, under a signature that expires within minutes; turning its observations into verdicts and charges can
 * lag a few seconds. While batches stream in, the scan processing therefore steps back to one municipality at a time
 * and leaves the rest of the machine to the intake; it catches up once they stop.
 */
@ApplicationScoped
public class ScanIntake {

    /** A burst's batches come back to back; this long after the last one the burst counts as over. */
    static final long QUIET_NANOS = 500_000_000L;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong lastEnded = new AtomicLong(Long.MIN_VALUE / 2);
    private final LongSupplier clock;

    public ScanIntake() {
        this(System::nanoTime);
    }

    ScanIntake(LongSupplier clock) {
        this.clock = clock;
    }

    /** Marks a batch as arriving; close the returned handle when it is stored (or refused). */
    public Arrival arriving() {
        inFlight.incrementAndGet();
        return () -> {
            lastEnded.set(clock.getAsLong());
            inFlight.decrementAndGet();
        };
    }

    public boolean busy() {
        return inFlight.get() > 0 || clock.getAsLong() - lastEnded.get() < QUIET_NANOS;
    }

    /** One batch's stay in the intake. */
    @FunctionalInterface
    public interface Arrival extends AutoCloseable {
        @Override
        void close();
    }
}
