package be.ptrpas.platform.enforcement;

/** What checking a scan observation against the rights registry led to. */
public enum ScanOutcome {
    /** Stored, not yet checked. */
    RECEIVED,
    /** The car had a right (or one that ended within the grace period): nothing to charge. */
    COVERED,
    /** No right: a retribution was issued. */
    CHARGED,
    /** No right in a zone under the GAS regime: a GAS 4 fine was proposed. */
    GAS_PROPOSED,
    /** No right, but the plate was already charged in this zone on this day. */
    ALREADY_CHARGED,
    /** No right, but charged for the same cause and area recently: a retribution waits for a clerk's review. */
    REVIEW,
    /** A blue zone: the first sighting starts the clock; only a later one past the maximum stay is charged. */
    FIRST_SIGHTING,
    /** No right, but parking was free at that moment (outside the paid hours of the zone's parking tariff). */
    FREE_PERIOD,
    /** The position lies in none of the municipality's zones. */
    OUTSIDE_ZONES,
    /** The plate as read is not a plate: a clerk looks at the photo. */
    UNREADABLE,
    /** No retribution tariff (or, under the GAS regime, no GAS 4 tariff) applies to this zone on that day. */
    NO_TARIFF,
    /** Seen longer ago than the rights history is kept: it can no longer be proven there was no right. */
    TOO_LATE
}
