package be.ptrpas.platform.enforcement.card;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a card's history: registered, plate linked or unlinked, revoked. The card belongs to no municipality,
 * so its trail cannot live in a municipality's audit log; this table is append-only on PostgreSQL (a trigger refuses
 * updates, deletes and truncation).
 */
@Entity
@Table(name = "disabled_card_event")
public class DisabledCardEvent {

    public enum Action {
        REGISTERED,
        PLATE_LINKED,
        PLATE_UNLINKED,
        REVOKED
    }

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "card_id", nullable = false, updatable = false)
    private String cardId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Column(name = "detail", updatable = false)
    private String detail;

    protected DisabledCardEvent() {}

    DisabledCardEvent(String cardId, Instant occurredAt, Action action, String actor, String actorRole, String detail) {
        this.id = UUID.randomUUID().toString();
        this.cardId = cardId;
        this.occurredAt = occurredAt;
        this.action = action.name();
        this.actor = actor;
        this.actorRole = actorRole;
        this.detail = detail;
    }

    public String cardId() {
        return cardId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public String detail() {
        return detail;
    }
}
