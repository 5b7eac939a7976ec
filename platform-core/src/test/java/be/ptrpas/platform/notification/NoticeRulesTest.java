package be.ptrpas.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassItemChanged.Change;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.preference.EventKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    @Test
    void whatKindOfNewsAChangeIs() {
        assertThat(NoticeRules.kindOf(Set.of(Change.NEW))).isEqualTo(EventKind.NEW_ITEM);
        assertThat(NoticeRules.kindOf(Set.of(Change.STATUS))).isEqualTo(EventKind.STATUS_CHANGE);
        assertThat(NoticeRules.kindOf(Set.of(Change.MONEY))).isEqualTo(EventKind.MONEY_CHANGE);
        assertThat(NoticeRules.kindOf(Set.of(Change.PAID))).isEqualTo(EventKind.MONEY_CHANGE);
        assertThat(NoticeRules.kindOf(Set.of(Change.STATUS, Change.MONEY, Change.PAID)))
                .as("paying closes the item: one message, about the money")
                .isEqualTo(EventKind.MONEY_CHANGE);
    }

    @Test
    void theLawRequiresTheNoticeWhenARetributionOrGasFineAsksToBePaid() {
        // A retribution whose holder the vehicle register named: new on their pass, open.
        assertThat(NoticeRules.legallyRequired(PassKind.RETRIBUTION, Set.of(Change.NEW), MoneyState.OPEN))
                .isTrue();
        // A GAS fine notified: registered before (nothing owed), now open.
        assertThat(NoticeRules.legallyRequired(PassKind.GAS_FINE, Set.of(Change.STATUS, Change.MONEY), MoneyState.OPEN))
                .isTrue();
        // Registered, not notified yet: nothing owed.
        assertThat(NoticeRules.legallyRequired(PassKind.GAS_FINE, Set.of(Change.NEW), null))
                .isFalse();
        // Payments, refunds, status steps and other kinds are courtesies.
        assertThat(NoticeRules.legallyRequired(PassKind.RETRIBUTION, Set.of(Change.MONEY), MoneyState.PAID))
                .isFalse();
        assertThat(NoticeRules.legallyRequired(PassKind.GAS_FINE, Set.of(Change.PAID), MoneyState.OPEN))
                .as("a part paid on an open fine")
                .isFalse();
        assertThat(NoticeRules.legallyRequired(PassKind.PAYMENT_REQUEST, Set.of(Change.NEW), MoneyState.OPEN))
                .isFalse();
        assertThat(NoticeRules.legallyRequired(PassKind.IOD_PERMIT, Set.of(Change.NEW), null))
                .isFalse();
    }
}
