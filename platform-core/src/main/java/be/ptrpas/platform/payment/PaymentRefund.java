package be.ptrpas.platform.payment;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A refund of (part of) a payment, one per idempotency key. */
@Entity
@Table(name = "payment_refund")
public class PaymentRefund extends TenantOwnedEntity {

    @Column(name = "payment_id", nullable = false, updatable = false)
    private String paymentId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(name = "provider_refund_id", nullable = false, updatable = false)
    private String providerRefundId;

    @Column(name = "provider_status")
    private String providerStatus;

    protected PaymentRefund() {}

    PaymentRefund(
            String paymentId, String idempotencyKey, long amountCents, String providerRefundId, String providerStatus) {
        this.paymentId = paymentId;
        this.idempotencyKey = idempotencyKey;
        this.amountCents = amountCents;
        this.providerRefundId = providerRefundId;
        this.providerStatus = providerStatus;
    }

    public String paymentId() {
        return paymentId;
    }

    public long amountCents() {
        return amountCents;
    }

    public String providerRefundId() {
        return providerRefundId;
    }

    public String providerStatus() {
        return providerStatus;
    }
}
