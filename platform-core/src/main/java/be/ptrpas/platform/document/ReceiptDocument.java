package be.ptrpas.platform.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The receipt of one payment: what was paid, when, how, and for which items.
 *
 * @param language the reader's language
 * @param municipality the municipality that received the payment
 * @param issuer the operator that collects in the municipality's name, or null when the municipality does
 * @param paymentId the payment's id, as the citizen quotes it
 * @param paidAt when the payment was received; printed in Belgian time
 * @param amount what was paid, in euro (more than 0)
 * @param method how
 * @param provider the payment provider or scheme (e.g. {@code Bancontact via Mollie}), or null
 * @param items what it paid; their amounts add up to {@code amount}
 */
public record ReceiptDocument(
        DocumentLanguage language,
        Municipality municipality,
        Issuer issuer,
        String paymentId,
        Instant paidAt,
        BigDecimal amount,
        PaymentMethod method,
        String provider,
        List<PaidItem> items) {

    public ReceiptDocument {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One item a payment paid (or paid part of).
     *
     * @param kind what the item is
     * @param reference its reference
     * @param title what it is about
     * @param amount the part of the payment that went to it
     */
    public record PaidItem(ItemKind kind, String reference, String title, BigDecimal amount) {}
}
