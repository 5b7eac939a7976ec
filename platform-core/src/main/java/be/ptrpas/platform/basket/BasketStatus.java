package be.ptrpas.platform.basket;

import be.ptrpas.spi.payment.PaymentStatus;
import java.util.Collection;

/**
 * A basket's status, derived from its payments' statuses every time it is read (never stored, so never stale): paid
 * when every payment is paid, partly paid when some are, open while any checkout can still be finished, failed when
 * one failed and none is open or paid, expired when all ran out or were cancelled.
 */
public enum BasketStatus {
    OPEN,
    PARTLY_PAID,
    PAID,
    EXPIRED,
    FAILED;

    static BasketStatus of(Collection<PaymentStatus> payments) {
        if (payments.isEmpty()) {
            return OPEN;
        }
        long paid = payments.stream().filter(BasketStatus::received).count();
        if (paid == payments.size()) {
            return PAID;
        }
        if (paid > 0) {
            return PARTLY_PAID;
        }
        if (payments.stream().anyMatch(s -> !s.isFinal())) {
            return OPEN;
        }
        return payments.contains(PaymentStatus.FAILED) ? FAILED : EXPIRED;
    }

    /** Money that came in: a payment refunded later was paid all the same. */
    static boolean received(PaymentStatus status) {
        return status == PaymentStatus.PAID || status == PaymentStatus.REFUNDED;
    }
}
