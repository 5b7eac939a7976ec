package be.ptrpas.plugins.payment.mollie;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentStatus;

/**
 * Maps Mollie's payment statuses onto the platform's. Mollie has no "refunded" status: a refunded payment stays
 * "paid" and shows the money paid back in {@code amountRefunded}; the platform calls that REFUNDED once it is all.
 */
final class MollieStatuses {

    private MollieStatuses() {}

    static PaymentStatus map(String mollieStatus, Money amount, Money refunded) {
        return switch (mollieStatus) {
            case "open" -> PaymentStatus.OPEN;
            case "pending" -> PaymentStatus.PENDING;
            case "authorized" -> PaymentStatus.AUTHORIZED;
            case "paid" ->
                refunded.minorUnits() > 0 && refunded.minorUnits() >= amount.minorUnits()
                        ? PaymentStatus.REFUNDED
                        : PaymentStatus.PAID;
            case "canceled" -> PaymentStatus.CANCELED;
            case "expired" -> PaymentStatus.EXPIRED;
            case "failed" -> PaymentStatus.FAILED;
            // A status this plug-in does not know means the plug-in is out of date; retrying will not fix that.
            default ->
                throw PluginException.permanent(
                        "Mollie reported a payment status this plug-in does not know: '" + mollieStatus + "'");
        };
    }
}
