package be.ptrpas.platform.basket;

import be.ptrpas.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A citizen's basket: items of their pass, of one or several municipalities, paid together. Not a municipality's: it
 * is keyed by the holder's keyed hash like the pass, and read and written only in a transaction bound to that holder
 * ({@link BasketRows}). Its status is not stored; it follows from its payments ({@link BasketStatus}).
 */
@Entity
@Table(name = "pass_basket")
public class Basket extends VersionedEntity {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "holder_key", nullable = false, updatable = false)
    private String holderKey;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    /** What the request asked (its items, its holder), to refuse the key's reuse for another basket. */
    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "total_cents", nullable = false, updatable = false)
    private long totalCents;

    protected Basket() {}

    Basket(String id, String holderKey, String idempotencyKey, String requestHash, long totalCents) {
        this.id = id;
        this.holderKey = holderKey;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.totalCents = totalCents;
    }

    public String id() {
        return id;
    }

    public String holderKey() {
        return holderKey;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestHash() {
        return requestHash;
    }

    public long totalCents() {
        return totalCents;
    }
}
