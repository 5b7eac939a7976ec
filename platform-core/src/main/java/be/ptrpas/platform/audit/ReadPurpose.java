package be.ptrpas.platform.audit;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.security.Roles;
import java.util.Map;

/**
 * Why personal data is read. A caller may state it in the {@value #HEADER} header (a case number, "objection of
 * 12/11", ...); otherwise the purpose that the caller's role serves is recorded. A stated purpose is refused (400
 * validation) when it is longer than {@value #MAX_LENGTH} characters or holds control characters: it goes into the
 * audit trail verbatim and must stay readable there.
 */
final class ReadPurpose {

    static final String HEADER = "X-Purpose";
    static final int MAX_LENGTH = 200;

    private static final Map<String, String> BY_ROLE = Map.of(
            Roles.CLERK, "case handling by the municipality's staff",
            Roles.ADMIN, "administration of the municipality's parking policy",
            Roles.OFFICIAL, "GAS sanctioning procedure",
            Roles.WARDEN, "parking enforcement",
            Roles.OPERATOR, "platform operation and support",
            Roles.IOD_SYSTEM, "occupation-permit administration",
            Roles.CITIZEN, "the data subject reading their own data",
            Roles.PARKING_OPERATOR, "paid parking sessions on behalf of the driver",
            Roles.PORTAL, "showing the citizen their certificates in Mijn Burgerprofiel");

    private ReadPurpose() {}

    /** The stated purpose, stripped, or null when none is stated; refuses one that cannot be recorded as is. */
    static String stated(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String purpose = header.strip();
        if (purpose.length() > MAX_LENGTH) {
            throw ProblemException.invalid(HEADER, "at most " + MAX_LENGTH + " characters");
        }
        if (purpose.codePoints().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(HEADER, "must not contain control characters");
        }
        return purpose;
    }

    /** The purpose the role serves, for a caller who states none. */
    static String ofRole(String role) {
        return BY_ROLE.getOrDefault(role, "unspecified");
    }
}
