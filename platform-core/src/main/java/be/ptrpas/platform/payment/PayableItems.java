package be.ptrpas.platform.payment;

import java.util.Optional;
import java.util.Set;

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

    /**
     * Which of these structured references are this feature's items: one look-up for a whole chunk of bank transfers,
     * so that the transfers that pay no item cost no query each.
     */
    Set<String> referencesAmong(Set<String> structuredReferences);

    /**
     * A bank transfer that quotes the item's structured reference without any payment of the platform behind it (the
     * citizen paid from the PDF's transfer slip or QR code): adds it to what the item received.
     *
     * @param entryKey the bank entry's own key, so the same entry is never counted twice
     * @return what it did, or empty when this feature has no item with that reference
     */
    default Optional<TransferApplied> receiveTransfer(String structuredReference, long cents, String entryKey) {
        return Optional.empty();
    }

    /**
     * What a transfer did to an item.
     *
     * @param itemType the item's kind as the audit trail names it (retribution, gas-fine)
     * @param remainingCents what is still due after it
     * @param surplusCents what it paid too much (to refund)
     * @param review why a person must look at it instead (e.g. the item was cancelled); null when applied
     */
    record TransferApplied(String itemType, String itemId, long remainingCents, long surplusCents, String review) {}
}
