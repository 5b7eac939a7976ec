package be.ptrpas.platform.enforcement.rights;

import java.time.Instant;

/**
 * The answer to "may this plate park here, now?".
 *
 * @param verdict    RIGHT, NO_RIGHT or RECENTLY_EXPIRED (within the grace period)
 * @param plate      the plate as normalised and written
 * @param country    its country
 * @param zone       the zone the check was made for (resolved from the position when given)
 * @param at         the moment checked
 * @param rightKind  the kind of right, when one is found and may be revealed
 * @param validUntil when that right ends, when it may be revealed
 */
public record CheckResult(String verdict, String plate, String country, String zone, Instant at, String rightKind,
                          Instant validUntil) {
}
