package be.ptrpas.platform.pass;

import java.time.Duration;
import java.time.Instant;

/** The status a reader sees: a stored status, or what the end of validity makes of it at the moment of reading. */
final class PassStatuses {

    private PassStatuses() {}

    static PassStatus effective(PassStatus stored, Instant validUntil, Instant now) {
        if (stored == PassStatus.CANCELLED || validUntil == null) {
            return stored;
        }
        if (!validUntil.isAfter(now)) {
            return PassStatus.EXPIRED;
        }
        if (stored == PassStatus.HANDLED && !validUntil.isAfter(soon(now))) {
            return PassStatus.EXPIRES_SOON;
        }
        return stored;
    }

    /** The end of the window in which an item in force "expires soon". */
    static Instant soon(Instant now) {
        return now.plus(Duration.ofDays(PassItems.EXPIRES_SOON_DAYS));
    }
}
