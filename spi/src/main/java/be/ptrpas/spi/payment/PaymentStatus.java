package be.ptrpas.spi.payment;

/** The statuses every payment provider's own statuses are mapped onto. */
public enum PaymentStatus {
    /** Created; the payer has not finished the checkout. */
    OPEN,
    /** The payer finished; the provider waits for the bank. */
    PENDING,
    /** Reserved, not yet captured. */
    AUTHORIZED,
    /** The money is ours. */
    PAID,
    FAILED,
    CANCELED,
    EXPIRED,
    /** Paid and (partly or wholly) paid back. */
    REFUNDED;

    /** Whether nothing but a refund can follow. */
    public boolean isFinal() {
        return this == PAID || this == FAILED || this == CANCELED || this == EXPIRED || this == REFUNDED;
    }

    /**
     * Whether a payment may move from this status to {@code next}. Providers' notifications can arrive out of
     * order; the platform ignores a move that goes backwards.
     */
    public boolean canMoveTo(PaymentStatus next) {
        if (next == this) {
            return false;
        }
        return switch (this) {
            case OPEN -> true;
            case PENDING -> next != OPEN;
            case AUTHORIZED -> next != OPEN && next != PENDING;
            case PAID -> next == REFUNDED;
            case FAILED, CANCELED, EXPIRED -> next == PAID; // a late bank confirmation wins
            case REFUNDED -> false;
        };
    }
}
