package be.ptrpas.spi.payment;

/**
 * What a verified webhook says. Providers that send only an id (Mollie) leave {@code status} null: the platform
 * then asks {@link PaymentProvider#fetchPayment} for the truth.
 *
 * @param providerPaymentId the payment concerned
 * @param status            the status the (signed) webhook states, or null
 * @param eventId           the provider's event id when it has one, for de-duplication; may be null
 */
public record PaymentNotice(String providerPaymentId, PaymentStatus status, String eventId) {

    public PaymentNotice {
        if (providerPaymentId == null || providerPaymentId.isBlank()) {
            throw new IllegalArgumentException("a payment notice needs a payment id");
        }
    }
}
