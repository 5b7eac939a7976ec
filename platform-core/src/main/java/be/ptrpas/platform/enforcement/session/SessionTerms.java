package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.enforcement.rights.RightKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What a session in one zone gives and costs. Two sorts: a paid session in a zone with a parking-time tariff
 * ({@link ParkingFeeCalculator}), and a free parking-disc session in a blue zone ({@link ParkingDisc}). Either may
 * have a planned end, or none: then it runs until the operator stops it, at the latest until the zone's maximum stay
 * (an open, "start–stop" session). Pure: no clock, no database.
 */
final class SessionTerms {

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ParkingFeeCalculator.BRUSSELS);

    /**
     * A session's terms.
     *
     * @param kind      the kind of right it gives: PAID_SESSION or PARKING_DISC
     * @param rightEnds until when the right holds: the planned end, or for an open session the latest end
     * @param discTime  the time the parking disc shows (disc sessions only, else null)
     * @param quote     the fee; 0 for a disc session, and for an open session until it is stopped
     */
    record Terms(RightKind kind, Instant rightEnds, Instant discTime, ParkingFeeCalculator.Quote quote) {}

    /**
     * A stop.
     *
     * @param stoppedAt when the session ended: the stop, or the latest end of an open session stopped after it
     * @param rightEnds until when its right holds: a paid session to the end of the last fare step started
     * @param quote     the fee of the time parked
     */
    record Settlement(Instant stoppedAt, Instant rightEnds, ParkingFeeCalculator.Quote quote) {}

    private final String zoneCode;
    /** Null for a disc session. */
    private final ParkingFeeCalculator fees;

    private final Integer zoneMaxStayMinutes;

    private SessionTerms(String zoneCode, ParkingFeeCalculator fees, Integer zoneMaxStayMinutes) {
        this.zoneCode = zoneCode;
        this.fees = fees;
        this.zoneMaxStayMinutes = zoneMaxStayMinutes;
    }

    static SessionTerms paid(String zoneCode, ParkingFeeCalculator fees) {
        return new SessionTerms(zoneCode, Objects.requireNonNull(fees), null);
    }

    static SessionTerms disc(String zoneCode, Integer zoneMaxStayMinutes) {
        return new SessionTerms(zoneCode, null, zoneMaxStayMinutes);
    }

    boolean isDisc() {
        return fees == null;
    }

    /** The terms of a session from {@code start} to {@code plannedEnd} (null: open, until stopped). */
    Terms of(Instant start, Instant plannedEnd) {
        if (isDisc()) {
            Instant discTime = ParkingDisc.discTime(start);
            Instant latest = ParkingDisc.latestEnd(start, zoneMaxStayMinutes);
            if (plannedEnd != null && plannedEnd.isAfter(latest)) {
                throw new ProblemException(
                        ProblemType.PARKING_STAY_TOO_LONG,
                        "Zone " + zoneCode + " is a blue zone: "
                                + "a car that arrives at " + HOUR.format(start) + " sets its parking disc on "
                                + HOUR.format(discTime) + " (the next half hour) and may stay until "
                                + HOUR.format(latest)
                                + " (" + latest + "); end the session then or earlier, or leave the end out.");
            }
            Instant ends = plannedEnd == null ? latest : plannedEnd;
            return new Terms(RightKind.PARKING_DISC, ends, discTime, free(ends));
        }
        if (plannedEnd != null) {
            return new Terms(RightKind.PAID_SESSION, plannedEnd, null, fees.quote(start, plannedEnd));
        }
        Instant latest = fees.openEnd(start);
        if (!latest.isAfter(start)) {
            // A frame that allows no stay at all (maximum 0) at the start.
            throw new ProblemException(
                    ProblemType.PARKING_STAY_TOO_LONG,
                    "In zone " + zoneCode + " a car may not stay " + "at " + HOUR.format(start) + ".");
        }
        // Nothing is owed until the stop; pricing the longest stay now also refuses a zone that cannot be paid.
        fees.quote(start, latest);
        return new Terms(RightKind.PAID_SESSION, latest, null, free(latest));
    }

    /**
     * Stops a session at {@code now}. A fixed session is stopped before its end (the caller makes sure); an open one
     * stopped after its latest end is charged until that end, never longer.
     *
     * @param rightEnds the session's current end (for an open session: its latest end)
     */
    Settlement stop(Instant start, Instant plannedEnd, Instant rightEnds, Instant now) {
        Instant cap = plannedEnd != null ? plannedEnd : rightEnds;
        Instant at = now.isBefore(cap) ? now : cap;
        if (isDisc()) {
            // The car left: the disc's right ends with it, and a disc costs nothing.
            return new Settlement(at, at, free(at));
        }
        ParkingFeeCalculator.Stop stop = fees.stop(start, cap, at);
        return new Settlement(at, stop.rightEnds(), stop.quote());
    }

    private static ParkingFeeCalculator.Quote free(Instant until) {
        return new ParkingFeeCalculator.Quote(BigDecimal.ZERO.setScale(2), List.of(), until);
    }
}
