package be.ptrpas.platform.basket;

import be.ptrpas.platform.pass.PassItemView;
import java.time.Instant;
import java.util.List;

/**
 * One of the citizen's payments (a basket's payment in one municipality).
 *
 * @param items the pass item ids it pays
 * @param receiptUrl where its receipt (PDF) is, once it is paid; null before
 */
public record MyPaymentView(
        String id,
        String basketId,
        PassItemView.Municipality municipality,
        long amountCents,
        String status,
        Instant paidAt,
        List<String> items,
        String receiptUrl) {}
