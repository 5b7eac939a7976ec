package be.ptrpas.spi.payment;

import java.net.URI;
import java.time.Instant;

/**
 * A link a clerk can send (or show during a video call) that lets a citizen pay later.
 *
 * @param amount              what to pay
 * @param description         shown to the payer
 * @param structuredReference Belgian structured reference
 * @param redirectUrl         where the payer goes after paying, may be null
 * @param webhookUrl          where the provider reports the payment
 * @param expiresAt           when the link stops working, may be null
 * @param idempotencyKey      the same key returns the same link
 */
public record PaymentLinkRequest(
        Money amount,
        String description,
        String structuredReference,
        URI redirectUrl,
        URI webhookUrl,
        Instant expiresAt,
        String idempotencyKey) {

    public PaymentLinkRequest {
        if (amount == null
                || amount.minorUnits() == 0
                || description == null
                || description.isBlank()
                || idempotencyKey == null
                || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("a payment link needs an amount, a description and an idempotency key");
        }
    }
}
