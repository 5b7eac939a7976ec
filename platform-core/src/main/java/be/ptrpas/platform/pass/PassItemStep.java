package be.ptrpas.platform.pass;

import be.ptrpas.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an item's timeline: the status and money state it reached, when, and why. Appended, never changed. */
@Entity
@Table(name = "pass_item_step")
public class PassItemStep extends VersionedEntity {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    // Mapped as a relationship so that EclipseLink writes the item before its first step (the foreign key).
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private PassItem item;

    // The item's holder and municipality again: the row-level-security policies compare them without a join.
    @Column(name = "holder_key", nullable = false)
    private String holderKey;

    @Column(name = "tenant_id", updatable = false)
    private String municipality;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false)
    private PassStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "money_state", updatable = false)
    private MoneyState money;

    @Column(name = "paid_cents", nullable = false, updatable = false)
    private long paidCents;

    @Column(name = "note", updatable = false)
    private String note;

    protected PassItemStep() {}

    PassItemStep(PassItem item, Instant at, String note) {
        this.id = UUID.randomUUID().toString();
        this.item = item;
        this.holderKey = item.holderKey();
        this.municipality = item.municipality();
        this.happenedAt = at;
        this.status = item.status();
        this.money = item.money();
        this.paidCents = item.paidCents();
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 499) + "…";
    }

    void movedTo(String newHolderKey) {
        this.holderKey = newHolderKey;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public PassStatus status() {
        return status;
    }

    public MoneyState money() {
        return money;
    }

    public long paidCents() {
        return paidCents;
    }

    public String note() {
        return note;
    }
}
