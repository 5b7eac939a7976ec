package be.ptrpas.platform.payment;

import be.ptrpas.platform.common.time.EntityClock;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A payment (or a payment link) created at the municipality's payment provider. Unique per idempotency key, so a
 * retried request never charges twice; the status only moves forward ({@link PaymentStatus#canMoveTo}).
 */
@Entity
@Table(name = "payment")
public class Payment extends TenantOwnedEntity {

    public enum Kind {
        PAYMENT,
        LINK
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "provider_payment_id", nullable = false, updatable = false)
    private String providerPaymentId;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;

    @Column(name = "description", nullable = false, updatable = false)
    private String description;

    @Column(name = "structured_reference", nullable = false, updatable = false)
    private String structuredReference;

    @Column(name = "return_url", updatable = false)
    private String returnUrl;

    @Column(name = "checkout_url", nullable = false, updatable = false)
    private String checkoutUrl;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PaymentStatus status;

    @Column(name = "provider_status")
    private String providerStatus;

    @Column(name = "refunded_cents", nullable = false)
    private long refundedCents;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "citizen_rrn", updatable = false)
    private String citizenRrn;

    /** What bank transfers with this payment's structured reference brought in (less what the bank reversed). */
    @Column(name = "transferred_cents", nullable = false)
    private long transferredCents;

    /** What transfers brought in beyond the amount due: to be refunded to the payer. */
    @Column(name = "overpaid_cents", nullable = false)
    private long overpaidCents;

    /** The citizen's basket this payment is the municipality's share of, or null (see {@link PaymentItem}). */
    @Column(name = "basket_id", updatable = false)
    private String basketId;

    protected Payment() {}

    Payment(
            Kind kind,
            String idempotencyKey,
            String pluginId,
            String providerPaymentId,
            long amountCents,
            String description,
            String structuredReference,
            String returnUrl,
            String checkoutUrl,
            Instant expiresAt,
            PaymentStatus status,
            String citizenRrn) {
        this.kind = kind;
        this.idempotencyKey = idempotencyKey;
        this.pluginId = pluginId;
        this.providerPaymentId = providerPaymentId;
        this.amountCents = amountCents;
        this.currency = "EUR";
        this.description = description;
        this.structuredReference = structuredReference;
        this.returnUrl = returnUrl;
        this.checkoutUrl = checkoutUrl;
        this.expiresAt = expiresAt;
        this.status = status;
        this.citizenRrn = citizenRrn;
    }

    /** Before it is stored: gives it the id its return address already names. */
    Payment withId(String id) {
        presetId(id);
        return this;
    }

    /** Before it is stored: the basket it is a share of. */
    Payment inBasket(String basket) {
        this.basketId = basket;
        return this;
    }

    /** Applies what the provider says; returns whether the status moved. Late or out-of-order news is ignored. */
    boolean observe(PaymentStatus reported, String providerStatus, long refundedCents, Instant paidAt) {
        if (providerStatus != null) {
            this.providerStatus = providerStatus.length() <= 40 ? providerStatus : providerStatus.substring(0, 40);
        }
        this.refundedCents = Math.max(this.refundedCents, refundedCents);
        if (paidAt != null && this.paidAt == null) {
            this.paidAt = paidAt;
        }
        if (reported == null || !status.canMoveTo(reported)) {
            return false;
        }
        status = reported;
        if (reported == PaymentStatus.PAID && this.paidAt == null) {
            this.paidAt = EntityClock.now();
        }
        return true;
    }

    /** What is still due: nothing once paid (by the provider or by transfers), else the amount less transfers. */
    long outstandingCents() {
        if (status == PaymentStatus.PAID || status == PaymentStatus.REFUNDED) {
            return 0;
        }
        return Math.max(0, amountCents - transferredCents);
    }

    /**
     * Takes in a bank transfer; returns the part beyond what was due (flagged for refund). The status moves to paid
     * through {@link PaymentStatusUpdates}, not here.
     */
    long receiveTransfer(long cents) {
        long surplus = Math.max(0, cents - outstandingCents());
        transferredCents += cents;
        overpaidCents += surplus;
        return surplus;
    }

    /**
     * Takes back a transfer the bank reversed: first from what was paid too much; whatever more is taken back was
     * money the payment counted on, so a payment paid that way is due again (open, no longer paid). A payment paid at
     * the provider only ever had surplus transfers and stays paid.
     */
    void reverseTransfer(long cents) {
        long fromSurplus = Math.min(overpaidCents, cents);
        overpaidCents -= fromSurplus;
        transferredCents = Math.max(0, transferredCents - cents);
        if (cents > fromSurplus && status == PaymentStatus.PAID && transferredCents < amountCents) {
            status = PaymentStatus.OPEN;
            paidAt = null;
        }
    }

    void refunded(long cents) {
        refundedCents += cents;
        if (refundedCents >= amountCents) {
            status = PaymentStatus.REFUNDED;
        }
    }

    public Kind kind() {
        return kind;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String pluginId() {
        return pluginId;
    }

    public String providerPaymentId() {
        return providerPaymentId;
    }

    public long amountCents() {
        return amountCents;
    }

    public String currency() {
        return currency;
    }

    public String description() {
        return description;
    }

    public String structuredReference() {
        return structuredReference;
    }

    public String returnUrl() {
        return returnUrl;
    }

    public String checkoutUrl() {
        return checkoutUrl;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public PaymentStatus status() {
        return status;
    }

    public String providerStatus() {
        return providerStatus;
    }

    public long refundedCents() {
        return refundedCents;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public String citizenRrn() {
        return citizenRrn;
    }

    public long transferredCents() {
        return transferredCents;
    }

    public String basketId() {
        return basketId;
    }

    public long overpaidCents() {
        return overpaidCents;
    }
}
