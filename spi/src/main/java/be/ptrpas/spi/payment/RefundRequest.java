package be.ptrpas.spi.payment;

/**
 * Paying (part of) a payment back.
 *
 * @param providerPaymentId the payment to refund
 * @param amount            how much; at most what was paid minus earlier refunds
 * @param description       shown on the payer's bank statement
 * @param idempotencyKey    the same key must not refund twice
 */
public record RefundRequest(String providerPaymentId, Money amount, String description, String idempotencyKey) {

    public RefundRequest {
        if (providerPaymentId == null || amount == null || amount.minorUnits() == 0 || idempotencyKey == null) {
            throw new IllegalArgumentException(
                    "a refund needs a payment id, an amount above zero and an idempotency key");
        }
    }
}
