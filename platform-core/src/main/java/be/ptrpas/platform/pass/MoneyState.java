package be.ptrpas.platform.pass;

/** The one money vocabulary of every item that asks for or returns money. Items without money have none. */
public enum MoneyState {
    OPEN,
    IN_DISPUTE,
    PARTLY_PAID,
    REMINDER_SENT,
    HANDED_TO_COLLECTION,
    REFUND_PENDING,
    REFUNDED,
    PAID,
    CANCELLED
}
