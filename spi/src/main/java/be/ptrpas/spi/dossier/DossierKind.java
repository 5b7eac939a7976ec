package be.ptrpas.spi.dossier;

/**
 * What a dossier item is about.
 *
 * @since SPI 1.2
 */
public enum DossierKind {
    /** A parking retribution (a charge for parking without a right, payable like an invoice). */
    RETRIBUTION,
    /** A GAS fine (gemeentelijke administratieve sanctie). */
    GAS_FINE,
    /** An IOD permit (ingebruikname openbaar domein: scaffolding, a container, a removal lift). */
    IOD_PERMIT,
    /** Any other permit (resident, visitor, care provider, company permit). */
    PERMIT,
    /** A request to pay that is none of the above (an invoice, an instalment). */
    PAYMENT_REQUEST,
    /** An objection, appeal or complaint the holder lodged. */
    DISPUTE,
    /** Anything else the source wants to show. */
    OTHER
}
