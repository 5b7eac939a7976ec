package be.ptrpas.platform.gas;

import be.ptrpas.platform.gas.GasProcedure.Action;
import be.ptrpas.platform.gas.GasProcedure.State;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in a fine's history, never changed once written (on PostgreSQL a trigger refuses UPDATE and DELETE): what
 * was done, from which state to which, by whom, when it was recorded and the day it took effect, and why. It also
 * keeps the request's idempotency key and the fine as the step left it, so a retried request gets the first answer.
 */
@Entity
@Table(name = "gas_fine_event")
public class GasFineEvent extends TenantOwnedEntity {

    @Column(name = "fine_id", nullable = false, updatable = false)
    private String fineId;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private State fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private State toState;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", updatable = false)
    private String requestHash;
    /** The fine as this step left it (JSON of {@link GasFineView} without history). */
    @Column(name = "snapshot", nullable = false, updatable = false)
    private String snapshot;

    protected GasFineEvent() {}

    GasFineEvent(
            String fineId,
            int seq,
            Action action,
            State fromState,
            State toState,
            String actor,
            String actorRole,
            Instant occurredAt,
            LocalDate effectiveOn,
            String reason,
            String idempotencyKey,
            String requestHash,
            String snapshot) {
        this.fineId = fineId;
        this.seq = seq;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.actorRole = actorRole;
        this.occurredAt = occurredAt;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.snapshot = snapshot;
    }

    public String fineId() {
        return fineId;
    }

    public int seq() {
        return seq;
    }

    public Action action() {
        return action;
    }

    public State fromState() {
        return fromState;
    }

    public State toState() {
        return toState;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String reason() {
        return reason;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestHash() {
        return requestHash;
    }

    public String snapshot() {
        return snapshot;
    }
}
