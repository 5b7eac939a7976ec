package be.ptrpas.platform.enforcement.charge;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.pass.MoneyState;
import org.junit.jupiter.api.Test;

/** A cancelled or refunded retribution shows so on the pass, with the refund's state. */
class RetributionRefundTest {

    static Retribution paid() {
        Retribution r = RetributionRowsTest.retribution("scan:1", "1ABC123", 1, Retribution.Status.ISSUED, null);
        assertThat(r.settle(2500, 0)).isTrue();
        assertThat(r.status()).isEqualTo(Retribution.Status.PAID);
        assertThat(RetributionPass.money(r)).isEqualTo(MoneyState.PAID);
        return r;
    }

    @Test
    void cancelledAfterPaymentItIsARefundPendingUntilTheMoneyIsPaidBack() {
        Retribution r = paid();
        r.cancel("bezwaar gegrond");
        assertThat(RetributionPass.money(r)).isEqualTo(MoneyState.REFUND_PENDING);

        assertThat(r.settle(0, 2500)).isTrue();

        assertThat(r.status()).isEqualTo(Retribution.Status.CANCELLED);
        assertThat(RetributionPass.money(r)).isEqualTo(MoneyState.REFUNDED);
    }

    @Test
    void aRefundOfAPaidOneCancelsItRefundedInFullOrPendingForTheRest() {
        Retribution whole = paid();
        assertThat(whole.settle(0, 2500)).isTrue();
        assertThat(whole.status()).isEqualTo(Retribution.Status.CANCELLED);
        assertThat(RetributionPass.money(whole)).isEqualTo(MoneyState.REFUNDED);

        Retribution part = paid();
        part.settle(1500, 1000);
        assertThat(part.status()).isEqualTo(Retribution.Status.CANCELLED);
        assertThat(RetributionPass.money(part)).isEqualTo(MoneyState.REFUND_PENDING);
    }

    @Test
    void moneyTheBankTookBackIsDueAgain() {
        Retribution r = paid();
        r.settle(0, 0); // a reversed transfer: nothing refunded, the money is gone
        assertThat(r.status()).isEqualTo(Retribution.Status.ISSUED);
        assertThat(RetributionPass.money(r)).isEqualTo(MoneyState.OPEN);
    }

    @Test
    void theSameSettlementTwiceChangesNothingTheSecondTime() {
        Retribution r = paid();
        assertThat(r.settle(2500, 0)).isFalse();
        assertThat(r.settle(0, 2500)).isTrue();
        assertThat(r.settle(0, 2500)).isFalse();
        assertThat(RetributionPass.money(r)).isEqualTo(MoneyState.REFUNDED);
    }
}
