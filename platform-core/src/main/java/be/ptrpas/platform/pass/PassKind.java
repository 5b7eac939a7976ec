package be.ptrpas.platform.pass;

/** What an item of the pass is. Permits and disputes join when their features do; the pass itself knows no more. */
public enum PassKind {
    RETRIBUTION,
    GAS_FINE,
    IOD_PERMIT,
    PAYMENT_REQUEST,
    DISABLED_CARD,
    PERMIT,
    DISPUTE
}
