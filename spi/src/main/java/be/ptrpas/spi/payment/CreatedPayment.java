package be.ptrpas.spi.payment;

import java.net.URI;
import java.time.Instant;

/**
 * The provider's answer to a new payment.
 *
 * @param providerPaymentId the provider's id, used for status look-ups and refunds
 * @param checkoutUrl       where to send the payer
 * @param expiresAt         when the checkout stops accepting the payment, or null when the provider does not say
 * @param status            the status right after creation, usually {@link PaymentStatus#OPEN}
 */
public record CreatedPayment(String providerPaymentId, URI checkoutUrl, Instant expiresAt, PaymentStatus status) {

    public CreatedPayment {
        if (providerPaymentId == null || providerPaymentId.isBlank()) {
            throw new IllegalArgumentException("a created payment needs the provider's id");
        }
        if (checkoutUrl == null) {
            throw new IllegalArgumentException("a created payment needs a checkout URL");
        }
        status = status == null ? PaymentStatus.OPEN : status;
    }
}
