package be.ptrpas.platform.banking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import did, entry by entry. Holds no personal data (no payer names or accounts): those are in the review
 * list, whose reads are audited.
 *
 * @param importId the import's id (every entry it stored carries it)
 * @param version the camt.053 version read, e.g. 001.02
 * @param messageId the file's message id ({@code GrpHdr/MsgId})
 * @param statements how many statements the file held (a statement sent twice counts twice)
 * @param counts how many transactions had each outcome
 * @param entries every transaction of the file, in file order
 */
public record BankStatementResult(
        String importId,
        String version,
        String messageId,
        int statements,
        Map<String, Integer> counts,
        List<Line> entries) {

    /**
     * @param outcome SETTLED, PARTLY_PAID, OVERPAID (the surplus flagged for refund), REVERSED, REVIEW (with
     *     {@code reason}), IGNORED (a debit: money paid out) or DUPLICATE (imported before, or twice in this file)
     * @param remainingCents still due after a partial payment; paid too much after an overpayment
     */
    public record Line(
            String entryKey,
            LocalDate bookingDate,
            long amountCents,
            boolean credit,
            boolean reversal,
            String reference,
            String outcome,
            String reason,
            String itemType,
            String itemId,
            long remainingCents) {}
}
