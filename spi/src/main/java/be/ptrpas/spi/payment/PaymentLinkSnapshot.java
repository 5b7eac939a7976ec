package be.ptrpas.spi.payment;

import java.time.Instant;

/**
 * What the provider knows about a payment link now.
 *
 * @param providerLinkId    the provider's id of the link
 * @param status            {@link PaymentStatus#OPEN} while it can be paid, {@link PaymentStatus#PAID} once paid,
 *                          {@link PaymentStatus#EXPIRED} when it expired unpaid
 * @param paidAt            when it was paid, or null
 * @param providerPaymentId the payment that paid it, when the provider says so; may be null
 */
public record PaymentLinkSnapshot(
        String providerLinkId, PaymentStatus status, Instant paidAt, String providerPaymentId) {

    public PaymentLinkSnapshot {
        if (providerLinkId == null || providerLinkId.isBlank() || status == null) {
            throw new IllegalArgumentException("a payment link snapshot needs an id and a status");
        }
    }
}
