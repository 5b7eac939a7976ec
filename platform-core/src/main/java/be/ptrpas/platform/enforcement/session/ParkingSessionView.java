package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A parking session as the API shows it.
 *
 * @param status        SCHEDULED (starts later), ACTIVE, ENDED (its end passed), STOPPED (by the operator) or
 *                      CANCELLED (within the edit window: no right, no fee)
 * @param openEnded     true when the session was started without an end: it runs until the operator stops it, at
 *                      the latest until {@code end} (the zone's maximum stay); its fee is computed at the stop
 * @param discTime      for a free parking-disc session in a blue zone: the time the disc shows (the arrival rounded up
 *                      to the next half hour); absent for a paid session
 * @param plannedEnd    the end the operator asked for; absent for an open session
 * @param end           when the session's right to park ends: the planned end (an open session: its latest end, the
 *                      zone's maximum stay; a parking disc: at most its disc time plus that maximum), or after a stop
 *                      the end of the last fare step started (never past the planned end); a cancelled session gave
 *                      no right: its start
 * @param editableUntil until when plate, zone and start may be corrected and the session cancelled
 */
public record ParkingSessionView(
        String id,
        String operatorId,
        String plate,
        String country,
        String zone,
        Boolean openEnded,
        Instant discTime,
        Instant start,
        Instant plannedEnd,
        Instant end,
        String status,
        Instant stoppedAt,
        Instant cancelledAt,
        Instant editableUntil,
        Fee fee,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The fee in euro and how it came about, one line per tariff time frame the stay touched. */
    public record Fee(BigDecimal amount, String currency, List<ParkingFeeCalculator.FeeLine> lines) {}

    static ParkingSessionView of(ParkingSession s, Instant now, int editMinutes) {
        String status = switch (s.state()) {
            case CANCELLED -> "CANCELLED";
            case STOPPED -> "STOPPED";
            case OPEN -> now.isBefore(s.startsAt()) ? "SCHEDULED" : now.isBefore(s.endsAt()) ? "ACTIVE" : "ENDED";
        };
        Instant end = s.state() == ParkingSession.State.CANCELLED ? s.startsAt() : s.endsAt();
        return new ParkingSessionView(
                s.id(),
                s.operatorId(),
                PlateNumber.parse(s.plate(), s.country())
                        .map(PlateNumber::display)
                        .orElse(s.plate()),
                s.country(),
                s.zoneCode(),
                s.openEnded(),
                s.discTime(),
                s.startsAt(),
                s.plannedEnd(),
                end,
                status,
                s.stoppedAt(),
                s.cancelledAt(),
                s.createdAt().truncatedTo(ChronoUnit.SECONDS).plusSeconds(editMinutes * 60L),
                new Fee(s.fee(), "EUR", s.feeLines()),
                s.version(),
                s.createdAt(),
                s.updatedAt());
    }
}
