package be.ptrpas.platform.document;

/** How a payment was made, as its receipt names it. */
public enum PaymentMethod {
    /** A card at a terminal or in the app (Bancontact, Visa, …). */
    CARD,
    /** Online through the municipality's payment provider. */
    ONLINE,
    /** A bank transfer with the structured reference. */
    BANK_TRANSFER,
    /** A payment link sent to the citizen. */
    PAYMENT_LINK
}
