package be.ptrpas.spi.dossier;

/**
 * Where a dossier item stands in its own procedure (its money has {@link MoneyState}).
 *
 * @since SPI 1.2
 */
public enum DossierStatus {
    /** Registered, nobody has worked on it yet. */
    RECEIVED,
    /** Being handled. */
    IN_PROGRESS,
    /** Decided or finished. */
    HANDLED,
    /** Valid, but ends soon (a permit that must be renewed): the pass draws attention to it. */
    EXPIRES_SOON,
    /** No longer valid. */
    EXPIRED,
    /** Withdrawn or annulled. */
    CANCELLED
}
