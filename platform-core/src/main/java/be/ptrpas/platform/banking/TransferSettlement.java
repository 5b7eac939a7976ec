package be.ptrpas.platform.banking;

import java.util.List;

/**
 * Settles what bank transfers pay, implemented by the feature that owns the payable items (today {@code payment}; the
 * banking feature knows none of them: they depend on this interface, not the other way round). Found by CDI; each
 * implementation is asked in turn until one recognises the reference.
 *
 * <p>Both methods run inside the import's transaction ({@code MANDATORY}): what they change commits with the bank
 * entries, or not at all. Each change must be audited by the implementation, as any change of its items is.
 */
public interface TransferSettlement {

    /**
     * Settles a chunk of transfers (up to a thousand), in order: a later transfer to the same item sees what an earlier
     * one paid. One look-up per chunk, not per transfer, keeps an import of 100,000 entries fast.
     *
     * @return one outcome per transfer, in the same order; {@link SettlementOutcome#NO_MATCH} for a reference that is
     *     not this implementation's
     */
    List<SettlementOutcome> settle(List<BankTransfer> transfers);

    /**
     * Undoes what an earlier transfer settled, because the bank reversed it.
     *
     * @param original the transfer as it was settled
     * @param itemId the item {@link #settle} named in its outcome
     * @return {@link SettlementOutcome.Result#REVERSED}, or {@link SettlementOutcome.Result#REVIEW} with a reason when
     *     the item cannot be undone (e.g. it was refunded meanwhile), or {@link SettlementOutcome#NO_MATCH} when the
     *     item is not this implementation's
     */
    SettlementOutcome reverse(BankTransfer original, String itemType, String itemId);
}
