package be.ptrpas.platform.enforcement.check;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "may this plate park here, now?".
 *
 * @param verdict            RIGHT, NO_RIGHT, RECENTLY_EXPIRED (within the grace period), or NO_REGULATED_ZONE (a
 *                           check by position where no zone of the municipality lies, and no IOD permit holds there)
 * @param plate              the plate as normalised and written
 * @param country            its country
 * @param zone               the zone whose right lets the car stand there; without a right, the zone the check was
 *                           made for (by position: the highest tier there); none outside every zone
 * @param at                 the moment checked
 * @param rightKind          the kind of right, when one is found and may be revealed
 * @param validUntil         when that right ends, when it may be revealed
 * @param discMaxStayMinutes in a blue zone without a right: how long a car may stand there with a parking disc
 * @param nearbyRights       outside every zone: the plate's rights valid now in zones near the position (or in every
 *                           zone), so the warden can tell the driver where they may park
 */
public record CheckResult(
        String verdict,
        String plate,
        String country,
        String zone,
        Instant at,
        String rightKind,
        Instant validUntil,
        Integer discMaxStayMinutes,
        List<NearbyRight> nearbyRights) {

    /** Outside every zone. */
    public static final String NO_REGULATED_ZONE = "NO_REGULATED_ZONE";

    /**
     * A right of the plate near a position outside every zone.
     *
     * @param zone       its zone; none when it counts in every zone of the municipality
     * @param rightKind  its kind, when it may be revealed
     * @param validUntil its end, when it may be revealed
     */
    public record NearbyRight(String zone, String rightKind, Instant validUntil) {}
}
