package be.ptrpas.platform.basket;

import be.ptrpas.platform.persistence.VersionedEntity;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.List;

/**
 * One payment of a basket, the citizen's side of it: which municipality made it and which pass items it pays. The
 * payment itself (status, checkout) is the municipality's and is read in its transaction.
 */
@Entity
@Table(name = "pass_basket_payment")
public class BasketPayment extends VersionedEntity {

    @Id
    @Column(name = "payment_id", length = 36, nullable = false, updatable = false)
    private String paymentId;

    @Column(name = "basket_id", nullable = false, updatable = false)
    private String basketId;

    @Column(name = "holder_key", nullable = false, updatable = false)
    private String holderKey;

    @Column(name = "nis_code", nullable = false, updatable = false)
    private String municipality;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    /** The pass item ids it pays, as a JSON array. */
    @Column(name = "items", nullable = false, updatable = false)
    private String items;

    protected BasketPayment() {}

    BasketPayment(
            String paymentId,
            String basketId,
            String holderKey,
            String municipality,
            int position,
            long amountCents,
            List<String> passItemIds) {
        this.paymentId = paymentId;
        this.basketId = basketId;
        this.holderKey = holderKey;
        this.municipality = municipality;
        this.position = position;
        this.amountCents = amountCents;
        JsonArrayBuilder array = Json.createArrayBuilder();
        passItemIds.forEach(array::add);
        this.items = array.build().toString();
    }

    public String paymentId() {
        return paymentId;
    }

    public String basketId() {
        return basketId;
    }

    public String municipality() {
        return municipality;
    }

    public int position() {
        return position;
    }

    public long amountCents() {
        return amountCents;
    }

    public List<String> passItemIds() {
        try (JsonReader reader = Json.createReader(new StringReader(items))) {
            return reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
    }
}
