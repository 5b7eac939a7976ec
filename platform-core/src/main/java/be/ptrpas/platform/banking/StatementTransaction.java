package be.ptrpas.platform.banking;

import java.time.LocalDate;

/**
 * One transaction of a camt.053 statement: an entry ({@code Ntry}), or one of the transactions of a batched entry
 * ({@code NtryDtls/TxDtls} with an amount each).
 *
 * @param key what identifies the transaction for good (unique per municipality): the account, then the bank's own
 *     entry reference ({@code AcctSvcrRef}) when given, else the statement id and the entry reference (or the entry's
 *     place in the statement), then the transaction's place in a batched entry
 * @param amountCents the amount in cents, always positive; {@code credit} says the direction
 * @param credit {@code CdtDbtInd} is CRDT
 * @param reversal {@code RvslInd} is true: a debit reversal undoes an earlier credit
 * @param booked {@code Sts} is BOOK (a statement holds booked entries; anything else is not settled)
 * @param counterpartyName the payer of a credit (the payee of a debit), as the bank gives it; personal data
 * @param counterpartyIban their account; personal data
 * @param remittance what the transfer said, raw: the free-text lines and the structured reference
 * @param duplicateInFile an earlier statement of the same file already held this transaction (a statement sent twice)
 * @param problem why the transaction cannot be settled as it is (e.g. a batch whose parts do not add up), or null
 */
public record StatementTransaction(
        String key,
        String statementId,
        String accountIban,
        String entryReference,
        LocalDate bookingDate,
        LocalDate valueDate,
        long amountCents,
        String currency,
        boolean credit,
        boolean reversal,
        boolean booked,
        RemittanceReference reference,
        String counterpartyName,
        String counterpartyIban,
        String remittance,
        boolean duplicateInFile,
        String problem) {

    /**
     * What must be the same when the same key is seen again: a bank that sends an entry twice sends it unchanged. The
     * same key with another amount, direction, date or remittance is a contradiction, not a duplicate.
     */
    public String fingerprint() {
        return amountCents + "|" + currency + "|" + (credit ? "C" : "D") + (reversal ? "R" : "") + "|" + bookingDate
                + "|" + (remittance == null ? "" : remittance);
    }
}
