package be.ptrpas.platform.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates and moments the platform accepts from clients: the years 1900–2199. Java parses them up to a billion years
 * away, but adding a grace period, a day or a card's five years to those overflows (a 500), and databases store them
 * differently or not at all.
 */
public final class SupportedTime {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    public static final String DATE_RULE = "must be between " + EARLIEST_DATE + " and " + LATEST_DATE;

    public static final Instant EARLIEST =
            LocalDate.of(1900, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** Exclusive. */
    public static final Instant END = LocalDate.of(2200, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    public static final String RULE = "must lie between 1900-01-01T00:00:00Z and 2199-12-31T23:59:59Z";

    private SupportedTime() {}

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(END);
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }
}
