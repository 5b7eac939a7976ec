package be.ptrpas.platform.payment;

/**
 * The items a payment can pay, found by their structured reference (OGM) in the payment's municipality: retributions,
 * GAS fines, later permits. Implemented by the features that ask for money; the payment feature knows none of them
 * (they depend on it, not the other way round). Called in the transaction that records what the provider said, so
 * the item's money state and the payment's status commit together.
 */
public interface PayableItems {

    /**
     * Brings the item with the settlement's structured reference in step with what the payment now says (paid,
     * refunded, still open). Idempotent: the same settlement twice changes nothing the second time.
     *
     * @return whether this feature has an item with that reference (then the payment belongs to it)
     */
    boolean settle(PaymentSettlement settlement);
}
