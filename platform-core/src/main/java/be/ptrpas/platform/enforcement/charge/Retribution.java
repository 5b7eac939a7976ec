package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A parking retribution: the charge for parking without a right, from one observation. Issued at once, or held for a
 * clerk's review when the same plate was charged in the same zone shortly before.
 */
@Entity
@Table(name = "retribution")
public class Retribution extends TenantOwnedEntity {

    public enum Status {
        ISSUED,
        REVIEW,
        CANCELLED,
        PAID
    }

    /** Whether the plate's holder is known, so the retribution can reach the citizen. */
    public enum HolderStatus {
        PENDING,
        RESOLVED,
        UNRESOLVED
    }

    @Column(name = "source_key", nullable = false, updatable = false)
    private String sourceKey;

    @Column(name = "plate", nullable = false, updatable = false)
    private String plate;

    @Column(name = "country", nullable = false, updatable = false)
    private String country;

    @Column(name = "zone_code", nullable = false, updatable = false)
    private String zoneCode;

    @Column(name = "charge_day", nullable = false, updatable = false)
    private LocalDate chargeDay;

    @Column(name = "charge_seq", nullable = false, updatable = false)
    private int chargeSeq;

    @Column(name = "observed_at", nullable = false, updatable = false)
    private Instant observedAt;

    @Column(name = "latitude", nullable = false, updatable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false, updatable = false)
    private double longitude;

    @Column(name = "evidence_ref", updatable = false)
    private String evidenceRef;

    @Column(name = "tariff_product", nullable = false, updatable = false)
    private String tariffProduct;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "issuer", nullable = false, updatable = false)
    private String issuer;

    @Column(name = "collector", nullable = false, updatable = false)
    private String collector;

    @Column(name = "payment_reference", nullable = false, updatable = false)
    private String paymentReference;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "review_reason")
    private String reviewReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_status", nullable = false)
    private HolderStatus holderStatus;

    @Column(name = "holder_id")
    private String holderId;

    @Column(name = "holder_name")
    private String holderName;

    @Column(name = "paid_cents", nullable = false)
    private long paidCents;

    @Column(name = "refunded_cents", nullable = false)
    private long refundedCents;

    @Column(name = "clerk_note")
    private String clerkNote;

    protected Retribution() {}

    Retribution(ChargeDraft draft, int chargeSeq, String paymentReference, Status status, String reviewReason) {
        this.sourceKey = draft.sourceKey();
        this.plate = draft.plate().normalized();
        this.country = draft.plate().country();
        this.zoneCode = draft.zoneCode();
        this.chargeDay = draft.chargeDay();
        this.chargeSeq = chargeSeq;
        this.observedAt = draft.observedAt();
        this.latitude = draft.latitude();
        this.longitude = draft.longitude();
        this.evidenceRef = draft.evidenceRef();
        this.tariffProduct = draft.tariffProduct();
        this.amount = draft.amount();
        this.issuer = draft.issuer();
        this.collector = draft.collector();
        this.paymentReference = paymentReference;
        this.dueDate = draft.dueDate();
        this.status = status;
        this.reviewReason = reviewReason;
        this.holderStatus = "BE".equals(country) ? HolderStatus.PENDING : HolderStatus.UNRESOLVED;
    }

    void holderFound(String id, String name) {
        holderStatus = HolderStatus.RESOLVED;
        holderId = id;
        holderName = name;
    }

    void holderUnknown() {
        holderStatus = HolderStatus.UNRESOLVED;
    }

    void issueAfterReview(String note, LocalDate newDueDate) {
        status = Status.ISSUED;
        clerkNote = note;
        dueDate = newDueDate;
    }

    void cancel(String note) {
        status = Status.CANCELLED;
        clerkNote = note;
    }

    public Status status() {
        return status;
    }

    public HolderStatus holderStatus() {
        return holderStatus;
    }

    public String plate() {
        return plate;
    }

    public String country() {
        return country;
    }

    public String zoneCode() {
        return zoneCode;
    }

    public LocalDate chargeDay() {
        return chargeDay;
    }

    public int chargeSeq() {
        return chargeSeq;
    }

    public Instant observedAt() {
        return observedAt;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public String evidenceRef() {
        return evidenceRef;
    }

    public String tariffProduct() {
        return tariffProduct;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String issuer() {
        return issuer;
    }

    public String collector() {
        return collector;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String reviewReason() {
        return reviewReason;
    }

    public String holderId() {
        return holderId;
    }

    public String holderName() {
        return holderName;
    }

    /**
     * Takes what the payments of this retribution now say: paid in full makes an issued retribution paid; a refund
     * cancels a paid one (the municipality gave the money back), while money the bank took back makes it issued again.
     * A cancelled one stays cancelled (its money is to be paid back).
     * Answers whether anything changed.
     */
    boolean settle(long paid, long refunded) {
        long amountCents = amount.movePointRight(2).longValueExact();
        Status next = status;
        if (status == Status.ISSUED && paid >= amountCents) {
            next = Status.PAID;
        } else if (status == Status.PAID && paid < amountCents) {
            // Paid back by the municipality: nothing is due any more (the pass shows it refunded, or a refund pending
            // while part of the money is still held). Money taken back by the bank (a reversed transfer) is due again.
            next = refunded > refundedCents ? Status.CANCELLED : Status.ISSUED;
        }
        boolean changed = next != status || paid != paidCents || refunded != refundedCents;
        status = next;
        paidCents = paid;
        refundedCents = refunded;
        return changed;
    }

    public long paidCents() {
        return paidCents;
    }

    public long refundedCents() {
        return refundedCents;
    }

    public String clerkNote() {
        return clerkNote;
    }

    public String sourceKey() {
        return sourceKey;
    }
}
