package be.ptrpas.platform.preference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of news about a PTR-pas item a citizen chooses channels for. */
public enum EventKind {
    /** A new item (permit, retribution, fine, ...) in the citizen's pass. */
    NEW_ITEM("new-item"),
    /** An item's status changed (approved, refused, paid, revoked, ...). */
    STATUS_CHANGE("status-change"),
    /** An amount changed (a new charge, a refund, a reduction). */
    MONEY_CHANGE("money-change"),
    /** Something is due within 7 days. */
    DUE_SOON("due-soon"),
    /** A permit expires within 28 days. */
    PERMIT_EXPIRING("permit-expiring");

    private final String code;

    EventKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<EventKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
    }

    public static String allCodes() {
        return String.join(", ", Arrays.stream(values()).map(EventKind::code).toList());
    }
}
