package be.ptrpas.spi.dossier;

/**
 * What is the matter with a dossier item's money.
 *
 * @since SPI 1.2
 */
public enum MoneyState {
    /** The item involves no money (a dispute, a free permit). */
    NONE,
    /** To be paid; nothing paid yet. */
    OPEN,
    /** Payment suspended while an objection or appeal runs. */
    IN_DISPUTE,
    /** Part of it paid; {@link DossierItem#amountDueCents()} is what is left. */
    PARTLY_PAID,
    /** Not paid in time; a reminder was sent. */
    REMINDER_SENT,
    /** Handed to a bailiff or collection agency. */
    HANDED_TO_COLLECTION,
    /** Money is to be paid back to the holder. */
    REFUND_PENDING,
    /** Money was paid back. */
    REFUNDED,
    /** Paid in full. */
    PAID,
    /** The claim was cancelled: nothing is due. */
    CANCELLED
}
