package be.ptrpas.platform.basket;

import be.ptrpas.platform.pass.PassItemView;
import java.time.Instant;
import java.util.List;

/**
 * A basket as the citizen sees it: its total, its status derived from its payments, and one payment per
 * municipality, each with its own checkout (which returns to the basket's page {@code /pass/baskets/{id}}).
 */
public record BasketView(String id, long totalCents, BasketStatus status, List<PaymentShare> payments) {

    /**
     * One municipality's payment of the basket.
     *
     * @param items the pass item ids it pays
     */
    public record PaymentShare(
            String id,
            PassItemView.Municipality municipality,
            long amountCents,
            String status,
            String checkoutUrl,
            Instant paidAt,
            List<String> items) {}
}
