package be.ptrpas.platform.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The moments the platform accepts from clients: the years 1900–2199, as for dates. Java parses instants up to a
 * billion years away, but adding a grace period or a day to those overflows (a 500), and databases store them
 * differently or not at all.
 */
public final class InstantRange {

    public static final Instant EARLIEST = LocalDate.of(1900, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** Exclusive. */
    public static final Instant END = LocalDate.of(2200, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    public static final String RULE = "must lie between 1900-01-01T00:00:00Z and 2199-12-31T23:59:59Z";

    private InstantRange() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(END);
    }
}
