package be.ptrpas.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.payment.PaymentStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A basket's payment settles each of its items, and a status told again, out of order or after "expired" settles them
 * once: the payment's status is the gate ({@link Payment#observe} moves only forward, and only a move settles).
 */
class ItemSharesTest {

    static final Instant AT = Instant.parse("2026-12-08T10:00:00Z");

    static Payment basketPayment(long cents) {
        return PaymentTransfersTest.payment(cents, PaymentStatus.OPEN).inBasket("basket-1");
    }

    static List<PaymentItem> items(long... amounts) {
        List<PaymentItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            items.add(new PaymentItem(
                    "payment-1",
                    i,
                    new ItemsPayment.Line("pass-" + i, "09093375549" + i, amounts[i], "RETRIBUTION", "item " + i)));
        }
        return items;
    }

    @Test
    void aPaidPaymentSettlesEachItemInFull() {
        Payment payment = basketPayment(3500);
        payment.observe(PaymentStatus.PAID, "paid", 0, AT);

        List<PaymentSettlement> settled = ItemShares.settlements(payment, items(2500, 1000), AT);

        assertThat(settled)
                .extracting(PaymentSettlement::structuredReference)
                .containsExactly("090933755490", "090933755491");
        assertThat(settled).extracting(PaymentSettlement::netPaidCents).containsExactly(2500L, 1000L);
        assertThat(settled).allSatisfy(s -> assertThat(s.status()).isEqualTo(PaymentStatus.PAID));
    }

    @Test
    void anOpenPaymentPaysNothingYet() {
        assertThat(ItemShares.settlements(basketPayment(3500), items(2500, 1000), AT))
                .extracting(PaymentSettlement::netPaidCents)
                .containsExactly(0L, 0L);
    }

    @Test
    void aRefundIsTakenFromTheItemsInTheirOrder() {
        assertThat(ItemShares.refunded(List.of(2500L, 1000L), 2500)).containsExactly(2500L, 0L);
        assertThat(ItemShares.refunded(List.of(2500L, 1000L), 3000)).containsExactly(2500L, 500L);
        assertThat(ItemShares.refunded(List.of(2500L, 1000L), 0)).containsExactly(0L, 0L);
        Payment payment = basketPayment(3500);
        payment.observe(PaymentStatus.PAID, "paid", 0, AT);
        payment.refunded(2500);
        assertThat(ItemShares.settlements(payment, items(2500, 1000), AT))
                .extracting(PaymentSettlement::netPaidCents)
                .containsExactly(0L, 1000L);
    }

    @Test
    void duplicatedReorderedAndLateNewsMovesThePaymentOnceSoItsItemsAreSettledOnce() {
        Payment payment = basketPayment(3500);
        // duplicated: the second "paid" moves nothing, so nothing is settled again
        assertThat(payment.observe(PaymentStatus.PAID, "paid", 0, AT)).isTrue();
        assertThat(payment.observe(PaymentStatus.PAID, "paid", 0, AT)).isFalse();
        // reordered: an "open" or "pending" sent before "paid" but arriving after it is ignored
        assertThat(payment.observe(PaymentStatus.OPEN, "open", 0, null)).isFalse();
        assertThat(payment.observe(PaymentStatus.PENDING, "pending", 0, null)).isFalse();
        // "expired" or "failed" after "paid" never unpays it
        assertThat(payment.observe(PaymentStatus.EXPIRED, "expired", 0, null)).isFalse();
        assertThat(payment.observe(PaymentStatus.FAILED, "failed", 0, null)).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void paidArrivingAfterTheProviderSaidExpiredWinsOnce() {
        Payment payment = basketPayment(3500);
        assertThat(payment.observe(PaymentStatus.EXPIRED, "expired", 0, null)).isTrue();
        assertThat(ItemShares.settlements(payment, items(2500, 1000), AT))
                .extracting(PaymentSettlement::netPaidCents)
                .containsExactly(0L, 0L);
        // The bank's late confirmation: the money is ours, the items are paid, once.
        assertThat(payment.observe(PaymentStatus.PAID, "paid", 0, AT)).isTrue();
        assertThat(payment.observe(PaymentStatus.PAID, "paid", 0, AT)).isFalse();
        assertThat(payment.observe(PaymentStatus.EXPIRED, "expired", 0, null)).isFalse();
        assertThat(ItemShares.settlements(payment, items(2500, 1000), AT))
                .extracting(PaymentSettlement::netPaidCents)
                .containsExactly(2500L, 1000L);
    }
}
