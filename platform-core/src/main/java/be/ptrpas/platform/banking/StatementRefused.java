package be.ptrpas.platform.banking;

/**
 * A bank statement file the platform cannot import as a whole: not XML, not camt.053, an amount in fractions of a
 * cent, or one entry sent twice with different content. Nothing of such a file is applied.
 */
public class StatementRefused extends RuntimeException {

    public enum Reason {
        /** Not well-formed XML, a DTD, or not the structure of a camt.053 statement. */
        MALFORMED,
        /** Not one of the camt.053 versions the platform reads (001.02 to 001.08). */
        UNSUPPORTED_NAMESPACE,
        /** An amount with more than two decimals, negative, or not a number. */
        INVALID_AMOUNT,
        /** The same entry (same key) twice with different content, in the file or against an earlier import. */
        CONFLICTING_DUPLICATE
    }

    private final Reason reason;

    public StatementRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
