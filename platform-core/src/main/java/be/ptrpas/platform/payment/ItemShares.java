package be.ptrpas.platform.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a payment of several items shares what it paid back among them: a refund is taken from the items in their
 * order, each up to its own amount, so that a refund of one item's amount refunds that item (the first) in full rather
 * than a sliver of each. Pure.
 */
final class ItemShares {

    private ItemShares() {}

    /** What the payment now says about each of its items, in their order, for their features to settle. */
    static List<PaymentSettlement> settlements(Payment payment, List<PaymentItem> items, Instant at) {
        List<Long> refunded =
                refunded(items.stream().map(PaymentItem::amountCents).toList(), payment.refundedCents());
        List<PaymentSettlement> settlements = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            settlements.add(new PaymentSettlement(
                    items.get(i).structuredReference(),
                    payment.id(),
                    payment.status(),
                    items.get(i).amountCents(),
                    refunded.get(i),
                    at,
                    "online"));
        }
        return settlements;
    }

    /** The part of {@code refundedCents} that is each item's, for items of these amounts in this order. */
    static List<Long> refunded(List<Long> amounts, long refundedCents) {
        List<Long> shares = new ArrayList<>(amounts.size());
        long left = Math.max(0, refundedCents);
        for (long amount : amounts) {
            long share = Math.min(left, amount);
            shares.add(share);
            left -= share;
        }
        return shares;
    }
}
