package be.ptrpas.platform.notification;

import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassItemChanged.Change;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.preference.EventKind;
import java.util.Set;

/** Which kind of news a change of a pass item is, and whether the law requires that the citizen hears of it. */
final class NoticeRules {

    private NoticeRules() {}

    /**
     * A new item (or an item new to this holder) is {@link EventKind#NEW_ITEM}; a change that moved the money state or
     * the amount paid is {@link EventKind#MONEY_CHANGE}, even when the status moved with it (paying a fine closes it:
     * one message about the money, which says the status too); a change of the status alone is
     * {@link EventKind#STATUS_CHANGE}.
     */
    static EventKind kindOf(Set<Change> changes) {
        if (changes.contains(Change.NEW)) {
            return EventKind.NEW_ITEM;
        }
        if (changes.contains(Change.MONEY) || changes.contains(Change.PAID)) {
            return EventKind.MONEY_CHANGE;
        }
        return EventKind.STATUS_CHANGE;
    }

    /**
     * Legally required: the moment a retribution or a GAS fine asks the citizen to pay — a new retribution of a known
     * holder, a GAS fine notified (its money state becomes open), a fine imposed after a rejected defence or appeal.
     * The debtor of a municipal retribution must be told of the debt, and the addressee of a GAS sanction of the
     * sanction and its terms, before anything further can be claimed. Everything else (status steps, payments
     * received, refunds, due dates, expiring permits) is a courtesy the citizen may switch off.
     */
    static boolean legallyRequired(PassKind kind, Set<Change> changes, MoneyState money) {
        boolean payable = kind == PassKind.RETRIBUTION || kind == PassKind.GAS_FINE;
        boolean becameOpen = changes.contains(Change.NEW) || changes.contains(Change.MONEY);
        return payable && becameOpen && money == MoneyState.OPEN;
    }

    /** The category a citizen portal files a notice under. */
    static String portalCategory(PassKind kind) {
        return switch (kind) {
            case RETRIBUTION -> "retribution";
            case GAS_FINE -> "gas";
            case IOD_PERMIT -> "iod";
            case PAYMENT_REQUEST -> "payment";
            case DISABLED_CARD -> "card";
            case PERMIT -> "permit";
            case DISPUTE -> "dispute";
        };
    }
}
