package be.ptrpas.platform.document;

/** What a PTR-pas item is; names the document's kind in its language. */
public enum ItemKind {
    RETRIBUTION,
    GAS_FINE,
    IOD_PERMIT,
    PAYMENT_REQUEST,
    PERMIT
}
