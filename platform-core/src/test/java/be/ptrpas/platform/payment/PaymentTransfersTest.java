package be.ptrpas.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.payment.PaymentStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a payment does with bank transfers: the arithmetic of partly paid, overpaid and reversed. */
class PaymentTransfersTest {

    static Payment payment(long cents, PaymentStatus status) {
        return new Payment(
                Payment.Kind.PAYMENT,
                "key-1",
                "payment-sandbox",
                "sb_1",
                cents,
                "Bewonerskaart",
                "202600000192",
                null,
                "https://example.be/checkout",
                Instant.parse("2026-12-24T10:00:00Z"),
                status,
                null);
    }

    @Test
    void partialTransfersAddUpAndOnlyTheSurplusIsFlagged() {
        Payment p = payment(2000, PaymentStatus.OPEN);
        assertThat(p.outstandingCents()).isEqualTo(2000);

        assertThat(p.receiveTransfer(1250)).isZero();
        assertThat(p.outstandingCents()).isEqualTo(750);
        assertThat(p.receiveTransfer(1000)).isEqualTo(250);
        assertThat(p.transferredCents()).isEqualTo(2250);
        assertThat(p.overpaidCents()).isEqualTo(250);
        assertThat(p.outstandingCents()).isZero();
    }

    @Test
    void aTransferToAPaymentPaidAtTheProviderIsAllSurplusAndItsReversalLeavesThePaymentPaid() {
        Payment p = payment(2450, PaymentStatus.PAID);
        assertThat(p.receiveTransfer(2450)).isEqualTo(2450);
        p.reverseTransfer(2450);
        assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(p.overpaidCents()).isZero();
        assertThat(p.transferredCents()).isZero();
    }

    @Test
    void reversingTheTransferThatPaidMakesThePaymentDueAgain() {
        Payment p = payment(2450, PaymentStatus.OPEN);
        p.receiveTransfer(2450);
        // PaymentStatusUpdates moves it to paid
        p.observe(PaymentStatus.PAID, null, 0, Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(p.status()).isEqualTo(PaymentStatus.PAID);

        p.reverseTransfer(2450);

        assertThat(p.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(p.paidAt()).isNull();
        assertThat(p.outstandingCents()).isEqualTo(2450);
    }

    @Test
    void reversingASurplusFirstTakesBackWhatWasPaidTooMuch() {
        Payment p = payment(1000, PaymentStatus.OPEN);
        p.receiveTransfer(1200);
        p.observe(PaymentStatus.PAID, null, 0, Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(p.overpaidCents()).isEqualTo(200);

        p.reverseTransfer(200);

        assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(p.overpaidCents()).isZero();
        assertThat(p.transferredCents()).isEqualTo(1000);
    }
}
