package be.ptrpas.platform.banking;

/**
 * What a {@link TransferSettlement} did with one transfer.
 *
 * @param result what happened
 * @param itemType what was settled, as the audit trail names it (e.g. "payment"); null when nothing was
 * @param itemId its id; null when nothing was settled
 * @param remainingCents for a partial payment what is still due; for an overpayment what was paid too much (to refund)
 * @param reason for {@link Result#REVIEW}, why a person must look at it
 */
public record SettlementOutcome(Result result, String itemType, String itemId, long remainingCents, String reason) {

    public enum Result {
        /** Paid in full. */
        SETTLED,
        /** Paid less than due: the item stays open for the rest. */
        PARTLY_PAID,
        /** Paid more than due: the item is paid, the surplus flagged for refund. */
        OVERPAID,
        /** An earlier settlement undone (a reversal). */
        REVERSED,
        /** The reference is this implementation's, but it cannot settle it (e.g. already refunded): a person decides. */
        REVIEW,
        /** The reference is not this implementation's: the next one, or the review list, takes the transfer. */
        NO_MATCH
    }

    public static final SettlementOutcome NO_MATCH = new SettlementOutcome(Result.NO_MATCH, null, null, 0, null);

    public static SettlementOutcome review(String itemType, String itemId, String reason) {
        return new SettlementOutcome(Result.REVIEW, itemType, itemId, 0, reason);
    }

    public boolean settledSomething() {
        return result == Result.SETTLED || result == Result.PARTLY_PAID || result == Result.OVERPAID;
    }
}
