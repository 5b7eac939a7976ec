package be.ptrpas.platform.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change to a citizen's preferences, in their own append-only history (a municipality's audit trail cannot hold
 * it: the preferences are no municipality's). The detail names what changed; contact data appears only masked.
 */
@Entity
@Table(name = "citizen_preference_event")
public class PreferenceEvent {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "citizen_key", length = 64, nullable = false, updatable = false)
    private String citizenKey;

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

    protected PreferenceEvent() {}

    PreferenceEvent(
            String citizenKey, Instant occurredAt, String action, String actor, String actorRole, String detail) {
        this.id = UUID.randomUUID().toString();
        this.citizenKey = citizenKey;
        this.occurredAt = occurredAt;
        this.action = action;
        this.actor = actor.length() > 200 ? actor.substring(0, 200) : actor;
        this.actorRole = actorRole;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    String action() {
        return action;
    }

    String detail() {
        return detail;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
