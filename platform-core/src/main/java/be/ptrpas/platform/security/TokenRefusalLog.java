package be.ptrpas.platform.security;

import be.ptrpas.platform.common.logging.LogThrottle;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Payara's MP-JWT logs every token it refuses with a full stack trace (about 5 KB) at INFO, so anyone, without
 * signing in, can fill the log and the disk by sending bad tokens. This filter, put on MP-JWT's logger, drops those
 * records and writes one line per refusal instead — the cause, never the token — and at most
 * {@link LogThrottle#maxLines()} of them per interval; the lines left out are counted and the count is logged with
 * the next line that is written. Records without an exception (configuration messages) pass unchanged.
 */
public final class TokenRefusalLog implements Filter {

    /** The logger Payara Micro's MP-JWT identity store writes its refusals to. */
    public static final String MP_JWT_LOGGER = "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore";

    private static final Logger LOG = Logger.getLogger(TokenRefusalLog.class.getName());
    private static final int MAX_CAUSE_LENGTH = 200;

    private final LogThrottle throttle;

    public TokenRefusalLog(LogThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getThrown() == null) {
            return true;
        }
        LogThrottle.Decision decision = throttle.next();
        if (decision.suppressedBefore() > 0) {
            LOG.warning(decision.suppressedBefore() + " more bearer tokens were refused and not logged one by one"
                    + " (at most " + throttle.maxLines() + " lines per "
                    + throttle.interval().toSeconds() + " s)");
        }
        if (decision.log()) {
            LOG.log(
                    record.getLevel().intValue() > Level.INFO.intValue() ? record.getLevel() : Level.INFO,
                    "Bearer token refused: " + cause(record.getThrown()));
        }
        return false;
    }

    /** The innermost cause's message, on one line and short: it may quote parts of what the caller sent. */
    static String cause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String oneLine = message.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() <= MAX_CAUSE_LENGTH ? oneLine : oneLine.substring(0, MAX_CAUSE_LENGTH) + "…";
    }
}
