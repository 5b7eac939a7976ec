package be.ptrpas.platform.enforcement.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The Belgian parking disc, digitally: free parking in a blue zone ("zone met beperkte parkeertijd") for at most the
 * zone's maximum stay, counted from the time the disc shows. Pure: no clock, no database.
 *
 * <p>KB 1 december 1975 (Wegcode), art. 27.1.2: "De bestuurder moet de pijl van de parkeerschijf op het streepje
 * plaatsen dat volgt op het tijdstip van aankomst" — the disc is marked per half hour, and its arrow goes on the mark
 * <em>following</em> the arrival, so an arrival at 11:05 shows 11:30, and so does one at 11:00 exactly (parking.brussels
 * explains it that way). Without other signs the disc holds two hours (same article), so a blue zone without a
 * maximum stay gets {@link #DEFAULT_MAX_STAY}. Art. 27.1.3: the disc may not be changed before the car leaves, so a
 * disc session's start is never corrected later. Art. 27.1.1 only obliges the disc; the rule above is 27.1.2.
 */
public final class ParkingDisc {

    /** Art. 27.1.2: "voor een maximumduur van twee uren", unless signs say otherwise (the zone's maxStayMinutes). */
    public static final Duration DEFAULT_MAX_STAY = Duration.ofHours(2);

    private static final int MARK_MINUTES = 30;

    private ParkingDisc() {}

    /** The time the disc shows for an arrival: the next half-hour mark strictly after it, in Brussels time. */
    public static Instant discTime(Instant arrival) {
        ZonedDateTime local = arrival.atZone(ParkingFeeCalculator.BRUSSELS);
        ZonedDateTime mark =
                local.truncatedTo(ChronoUnit.HOURS).plusMinutes(local.getMinute() >= MARK_MINUTES ? MARK_MINUTES : 0);
        return mark.plusMinutes(MARK_MINUTES).toInstant();
    }

    /** Until when a car that arrived then may stay: the disc's time plus the zone's maximum stay. */
    public static Instant latestEnd(Instant arrival, Integer zoneMaxStayMinutes) {
        Duration maxStay = zoneMaxStayMinutes == null ? DEFAULT_MAX_STAY : Duration.ofMinutes(zoneMaxStayMinutes);
        return discTime(arrival).plus(maxStay);
    }
}
