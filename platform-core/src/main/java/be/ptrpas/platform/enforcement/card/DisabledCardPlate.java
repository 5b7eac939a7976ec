package be.ptrpas.platform.enforcement.card;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A plate linked to a card for a while. Unlinking ends the link instead of deleting it, so an observation made while
 * the plate was linked is still judged correctly when it is processed later.
 */
@Entity
@Table(name = "disabled_card_plate")
public class DisabledCardPlate {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "card_id", nullable = false, updatable = false)
    private String cardId;

    @Column(name = "plate", nullable = false, updatable = false)
    private String plate;

    @Column(name = "country", nullable = false, updatable = false)
    private String country;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    @Column(name = "unlinked_at")
    private Instant unlinkedAt;

    protected DisabledCardPlate() {}

    DisabledCardPlate(String cardId, String plate, String country, Instant linkedAt) {
        this.id = UUID.randomUUID().toString();
        this.cardId = cardId;
        this.plate = plate;
        this.country = country;
        this.linkedAt = linkedAt;
    }

    void unlink(Instant at) {
        this.unlinkedAt = at;
    }

    boolean linked() {
        return unlinkedAt == null;
    }

    public String cardId() {
        return cardId;
    }

    public String plate() {
        return plate;
    }

    public String country() {
        return country;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    public Instant unlinkedAt() {
        return unlinkedAt;
    }
}
