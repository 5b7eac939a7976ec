package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP: single items are read with {@code ETag: "<version>"}, and an update sent with
 * {@code If-Match: "<version>"} is refused (412) when someone changed the item in between. Without If-Match the
 * update applies to the current version (and the database still refuses two truly simultaneous writes).
 */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private Versions() {}

    /** The version an If-Match header asks for; {@code null} when absent or "*". */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw ProblemException.invalid("If-Match", "must be the ETag of the item you read, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Refuses the change when the item is no longer at the version the client read. */
    public static void check(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    what + " was changed since you read it (you " + "had version " + expected + ", it is now at "
                            + current + "); reload it and apply your change again.");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
