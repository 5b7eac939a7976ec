package be.ptrpas.platform.payment;

import java.net.URI;
import java.util.List;

/**
 * A payment of several items of one municipality at once, as a basket asks for it: one payment through the
 * municipality's provider, each item settled in full once it is paid.
 *
 * @param idempotencyKey the payment's own key in its municipality (a basket derives one per municipality)
 * @param basketId the basket it belongs to
 * @param description shown to the payer
 * @param citizenRrn who pays (told when it is paid), or null
 * @param returnUrl where the payer returns after the checkout
 * @param lines the items, in the basket's order
 */
public record ItemsPayment(
        String idempotencyKey,
        String basketId,
        String description,
        String citizenRrn,
        URI returnUrl,
        List<Line> lines) {

    public ItemsPayment {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a payment of items pays at least one item");
        }
    }

    public long amountCents() {
        return lines.stream().mapToLong(Line::amountCents).sum();
    }

    /**
     * One item.
     *
     * @param passItemId the pass item's id
     * @param structuredReference the item's own structured reference (12 digits), which settles it
     * @param amountCents what is due on it now
     * @param kind the pass item's kind (RETRIBUTION, GAS_FINE, ...)
     * @param title what it is about, for the receipt
     */
    public record Line(String passItemId, String structuredReference, long amountCents, String kind, String title) {}
}
