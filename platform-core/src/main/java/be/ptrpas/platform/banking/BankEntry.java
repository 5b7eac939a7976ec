package be.ptrpas.platform.banking;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One transaction of an imported bank statement and what the import did with it. Written in bulk by
 * {@link BankEntryRows}; read here for the review list and for reversals. Unique per municipality by its key, so an
 * entry is imported once, whichever file brings it again.
 */
@Entity
@Table(name = "bank_entry")
public class BankEntry extends TenantOwnedEntity {

    public enum Outcome {
        /** Paid an item in full. */
        SETTLED,
        /** Paid part of an item. */
        PARTLY_PAID,
        /** Paid an item and more: the surplus is to be refunded. */
        OVERPAID,
        /** Undid an earlier settled credit. */
        REVERSED,
        /** A person must look at it: unknown or invalid reference, nothing to reverse, … ({@code reason} says). */
        REVIEW,
        /** Money paid out (a debit): nothing to settle. */
        IGNORED,
        /** Imported before (only in an import's answer, never stored). */
        DUPLICATE
    }

    @Column(name = "entry_key", nullable = false, updatable = false)
    private String entryKey;

    @Column(name = "booking_date", nullable = false, updatable = false)
    private LocalDate bookingDate;

    @Column(name = "value_date", updatable = false)
    private LocalDate valueDate;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;

    @Column(name = "credit", nullable = false, updatable = false)
    private boolean credit;

    @Column(name = "reversal", nullable = false, updatable = false)
    private boolean reversal;

    @Column(name = "reference_kind", nullable = false, updatable = false)
    private String referenceKind;

    @Column(name = "reference", updatable = false)
    private String reference;

    @Column(name = "reference_valid", nullable = false, updatable = false)
    private boolean referenceValid;

    @Column(name = "counterparty_name", updatable = false)
    private String counterpartyName;

    @Column(name = "counterparty_iban", updatable = false)
    private String counterpartyIban;

    @Column(name = "remittance", updatable = false)
    private String remittance;

    @Column(name = "account_iban", nullable = false, updatable = false)
    private String accountIban;

    @Column(name = "statement_id", updatable = false)
    private String statementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "item_type", updatable = false)
    private String itemType;

    @Column(name = "item_id", updatable = false)
    private String itemId;

    @Column(name = "remaining_cents", nullable = false, updatable = false)
    private long remainingCents;

    @Column(name = "reversed_by")
    private String reversedBy;

    protected BankEntry() {}

    /** Marks this settled credit as undone by the reversal with that key. */
    void reversedBy(String reversalKey) {
        this.reversedBy = reversalKey;
    }

    public String entryKey() {
        return entryKey;
    }

    public LocalDate bookingDate() {
        return bookingDate;
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public long amountCents() {
        return amountCents;
    }

    public String currency() {
        return currency;
    }

    public boolean credit() {
        return credit;
    }

    public boolean reversal() {
        return reversal;
    }

    public RemittanceReference reference() {
        RemittanceReference.Kind kind = RemittanceReference.Kind.valueOf(referenceKind);
        return kind == RemittanceReference.Kind.NONE
                ? RemittanceReference.NONE
                : new RemittanceReference(kind, reference, referenceValid);
    }

    public String counterpartyName() {
        return counterpartyName;
    }

    public String counterpartyIban() {
        return counterpartyIban;
    }

    public String remittance() {
        return remittance;
    }

    public String accountIban() {
        return accountIban;
    }

    public String statementId() {
        return statementId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public String itemType() {
        return itemType;
    }

    public String itemId() {
        return itemId;
    }

    public long remainingCents() {
        return remainingCents;
    }

    public String reversedBy() {
        return reversedBy;
    }
}
