package be.ptrpas.platform.payment;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One item a payment pays, for a payment that pays several of its municipality's items at once (a basket's share):
 * the item's structured reference, the part of the payment that is its, and the pass item it is. When the payment is
 * paid each item is settled in full; a refund is taken from the items in their order.
 */
@Entity
@Table(name = "payment_item")
public class PaymentItem extends TenantOwnedEntity {

    @Column(name = "payment_id", nullable = false, updatable = false)
    private String paymentId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "structured_reference", nullable = false, updatable = false)
    private String structuredReference;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(name = "pass_item_id", nullable = false, updatable = false)
    private String passItemId;

    @Column(name = "title", updatable = false)
    private String title;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    protected PaymentItem() {}

    PaymentItem(String paymentId, int position, ItemsPayment.Line line) {
        this.paymentId = paymentId;
        this.position = position;
        this.structuredReference = line.structuredReference();
        this.amountCents = line.amountCents();
        this.passItemId = line.passItemId();
        this.title = line.title() == null || line.title().length() <= 200
                ? line.title()
                : line.title().substring(0, 200);
        this.kind = line.kind();
    }

    public String paymentId() {
        return paymentId;
    }

    public int position() {
        return position;
    }

    public String structuredReference() {
        return structuredReference;
    }

    public long amountCents() {
        return amountCents;
    }

    public String passItemId() {
        return passItemId;
    }

    public String title() {
        return title;
    }

    public String kind() {
        return kind;
    }
}
