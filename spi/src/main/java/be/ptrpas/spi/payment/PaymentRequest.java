package be.ptrpas.spi.payment;

import java.net.URI;
import java.util.Map;

/**
 * A payment the platform asks the provider to create.
 *
 * @param amount              what the payer pays
 * @param description         shown to the payer, e.g. "Bewonerskaart zone A — 1-ABC-123"
 * @param structuredReference Belgian structured reference, 12 digits, e.g. {@code 090933755493}
 * @param returnUrl           where the payer goes after the checkout
 * @param webhookUrl          where the provider reports status changes (the platform's callback URL)
 * @param idempotencyKey      the same key must return the same payment, never a second one
 * @param metadata            small key-value pairs to keep with the payment at the provider
 */
public record PaymentRequest(
        Money amount,
        String description,
        String structuredReference,
        URI returnUrl,
        URI webhookUrl,
        String idempotencyKey,
        Map<String, String> metadata) {

    public PaymentRequest {
        if (amount == null || amount.minorUnits() == 0) {
            throw new IllegalArgumentException("a payment needs an amount above zero");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a payment needs a description");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("a payment needs an idempotency key");
        }
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
