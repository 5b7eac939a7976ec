package be.ptrpas.platform.basket;

import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassItem;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;

/**
 * A pass item as the basket judges it: where it belongs, what it owes and whether it can be paid now.
 *
 * @param municipality NIS code; null for a platform-wide item
 * @param amountCents what was asked; null for an item without money
 * @param structuredReference the item's own OGM (12 digits), which settles it; null when it has none
 */
record BasketLine(
        String passItemId,
        String municipality,
        PassKind kind,
        PassStatus status,
        MoneyState money,
        Long amountCents,
        long paidCents,
        String structuredReference,
        String title) {

    static BasketLine of(PassItem item) {
        return new BasketLine(
                item.id(),
                item.municipality(),
                item.kind(),
                item.status(),
                item.money(),
                item.amountCents(),
                item.paidCents(),
                item.structuredReference(),
                item.subject() == null || item.subject().isBlank() ? item.reference() : item.subject());
    }

    long dueCents() {
        return amountCents == null ? 0 : Math.max(0, amountCents - paidCents);
    }
}
