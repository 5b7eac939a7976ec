package be.ptrpas.platform.banking;

import java.time.Instant;
import java.time.LocalDate;

/** A bank transaction a person must look at: everything the bank said about it, and why it was not settled. */
public record ReviewItemView(
        String id,
        String entryKey,
        String accountIban,
        String statementId,
        LocalDate bookingDate,
        LocalDate valueDate,
        long amountCents,
        String currency,
        boolean credit,
        boolean reversal,
        String referenceKind,
        String reference,
        boolean referenceValid,
        String counterpartyName,
        String counterpartyIban,
        String remittance,
        String reason,
        Instant importedAt) {

    static ReviewItemView of(BankEntry e) {
        RemittanceReference reference = e.reference();
        return new ReviewItemView(
                e.id(),
                e.entryKey(),
                e.accountIban(),
                e.statementId(),
                e.bookingDate(),
                e.valueDate(),
                e.amountCents(),
                e.currency(),
                e.credit(),
                e.reversal(),
                reference.kind().name(),
                reference.display(),
                reference.valid(),
                e.counterpartyName(),
                e.counterpartyIban(),
                e.remittance(),
                e.reason(),
                e.createdAt());
    }
}
