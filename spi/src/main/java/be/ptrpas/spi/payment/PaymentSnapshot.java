package be.ptrpas.spi.payment;

import java.time.Instant;

/**
 * What the provider knows about a payment right now.
 *
 * @param providerPaymentId the provider's id
 * @param status            mapped status
 * @param providerStatus    the provider's own status word, kept for support
 * @param amount            the payment's amount
 * @param refunded          how much was paid back so far
 * @param paidAt            when it was paid, or null
 */
public record PaymentSnapshot(
        String providerPaymentId,
        PaymentStatus status,
        String providerStatus,
        Money amount,
        Money refunded,
        Instant paidAt) {

    public PaymentSnapshot {
        if (providerPaymentId == null || status == null) {
            throw new IllegalArgumentException("a payment snapshot needs an id and a status");
        }
        refunded = refunded == null && amount != null ? new Money(0, amount.currency()) : refunded;
    }
}
