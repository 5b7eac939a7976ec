package be.ptrpas.platform.pass;

import be.ptrpas.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of someone's pass: the projection of a source record (see {@link PassEntry}). Not tenant-owned: it is the
 * one table a citizen reads across municipalities, behind its own row-level-security policies (changelog 021).
 */
@Entity
@Table(name = "pass_item")
public class PassItem extends VersionedEntity {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "holder_key", nullable = false)
    private String holderKey;

    @Column(name = "tenant_id", updatable = false)
    private String municipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private PassKind kind;

    @Column(name = "source_id", nullable = false, updatable = false)
    private String sourceId;

    @Column(name = "reference", nullable = false)
    private String reference;

    @Column(name = "subject")
    private String subject;

    @Column(name = "issuer")
    private String issuer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PassStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "money_state")
    private MoneyState money;

    @Column(name = "amount_cents")
    private Long amountCents;

    @Column(name = "paid_cents", nullable = false)
    private long paidCents;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "structured_reference")
    private String structuredReference;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "details", nullable = false)
    private String details;

    protected PassItem() {}

    PassItem(PassEntry entry, String holderKey) {
        this.id = UUID.randomUUID().toString();
        this.municipality = entry.municipality();
        this.kind = entry.kind();
        this.sourceId = entry.sourceId();
        apply(entry, holderKey);
    }

    /** Takes the entry's state; answers whether the status, the money state or the amount paid moved. */
    boolean apply(PassEntry entry, String newHolderKey) {
        boolean moved = status != entry.status() || money != entry.money() || paidCents != entry.paidCents();
        this.holderKey = newHolderKey;
        this.reference = entry.reference();
        this.subject = entry.subject();
        this.issuer = entry.issuer();
        this.status = entry.status();
        this.money = entry.money();
        this.amountCents = entry.amountCents();
        this.paidCents = entry.paidCents();
        this.dueDate = entry.dueDate();
        this.structuredReference = entry.structuredReference();
        this.happenedAt = entry.happenedAt();
        this.validUntil = entry.validUntil();
        this.details = entry.details() == null ? "{}" : entry.details().toString();
        return moved;
    }

    /** Whether this entry would change nothing stored (a source that says the same twice costs no write). */
    boolean sameAs(PassEntry entry, String otherHolderKey) {
        return Objects.equals(holderKey, otherHolderKey)
                && Objects.equals(reference, entry.reference())
                && Objects.equals(subject, entry.subject())
                && Objects.equals(issuer, entry.issuer())
                && status == entry.status()
                && money == entry.money()
                && Objects.equals(amountCents, entry.amountCents())
                && paidCents == entry.paidCents()
                && Objects.equals(dueDate, entry.dueDate())
                && Objects.equals(structuredReference, entry.structuredReference())
                && Objects.equals(happenedAt, entry.happenedAt())
                && Objects.equals(validUntil, entry.validUntil())
                && Objects.equals(
                        details,
                        entry.details() == null ? "{}" : entry.details().toString());
    }

    public String id() {
        return id;
    }

    public String holderKey() {
        return holderKey;
    }

    public String municipality() {
        return municipality;
    }

    public PassKind kind() {
        return kind;
    }

    public String sourceId() {
        return sourceId;
    }

    public String reference() {
        return reference;
    }

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    public PassStatus status() {
        return status;
    }

    public MoneyState money() {
        return money;
    }

    public Long amountCents() {
        return amountCents;
    }

    public long paidCents() {
        return paidCents;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String structuredReference() {
        return structuredReference;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String details() {
        return details;
    }
}
