package be.ptrpas.platform.payment;

import be.ptrpas.spi.payment.PaymentStatus;
import java.time.Instant;

/**
 * What a payment now says about the item it pays.
 *
 * @param structuredReference the OGM (12 digits) the payment quoted
 * @param paymentId the payment's id, for the item's timeline
 * @param status the payment's status
 * @param amountCents what the payment was for
 * @param refundedCents what has been paid back of it
 * @param method how it was paid ("online", "payment link", "bank transfer")
 */
public record PaymentSettlement(
        String structuredReference,
        String paymentId,
        PaymentStatus status,
        long amountCents,
        long refundedCents,
        Instant at,
        String method) {

    /** What the payment brought in and kept: nothing before it is paid, the amount less refunds after. */
    public long netPaidCents() {
        boolean received = status == PaymentStatus.PAID || status == PaymentStatus.REFUNDED;
        return received ? Math.max(0, amountCents - refundedCents) : 0;
    }
}
